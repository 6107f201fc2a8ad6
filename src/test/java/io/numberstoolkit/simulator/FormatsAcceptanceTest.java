package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The .format every path ends in: .json and .xml are served, anything else is 406; wrong methods 405. */
class FormatsAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private static final String CREATE = "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}";
  private final NumbersClient api = simulator.client();

  @Test
  void everyEndpointAnswersXmlAsTextXml() {
    Wire xml = Wire.XML;
    List<Response> answers = List.of(
        api.given().get("/numbers.xml"),
        api.get(xml, 5),
        api.given().get("/numbers/for/cid/111/afid/0001/sid/superaffiliate.xml"),
        api.post(xml, CREATE),
        api.put(xml, 5, "{\"number\": {\"sid\": \"x\"}}"),
        api.get(xml, 999_999),
        api.post(xml, "{\"number\": {\"cid\": \"0001\"}}"));
    assertEquals(List.of(200, 200, 200, 201, 200, 404, 422), answers.stream().map(Response::statusCode).toList());
    answers.forEach(answer -> assertTrue(answer.contentType().startsWith("text/xml"), answer.contentType()));
    assertEquals(204, api.delete(xml, 5).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {".csv", ".html", ".JSON", ""})
  void anyOtherFormatIsNotAcceptable(String extension) {
    String before = api.listing();
    assertEquals(406, api.given().get("/numbers" + extension).statusCode());
    assertEquals(406, api.given().get("/numbers/5" + extension).statusCode());
    assertEquals(406, api.given().get("/numbers/for/cid/111/afid/0001/sid/superaffiliate" + extension).statusCode());
    assertEquals(406, api.given(Wire.JSON, CREATE).post("/numbers" + extension).statusCode());
    assertEquals(406, api.given(Wire.JSON, "{\"number\": {\"sid\": \"x\"}}").put("/numbers/5" + extension).statusCode());
    assertEquals(406, api.given().delete("/numbers/5" + extension).statusCode());
    assertEquals(before, api.listing());
  }

  @ParameterizedTest
  @CsvSource({
    "DELETE, /numbers, 'GET, POST'",
    "PUT, /numbers, 'GET, POST'",
    "PATCH, /numbers/5, 'DELETE, GET, PUT'",
    "POST, /numbers/5, 'DELETE, GET, PUT'",
    "POST, /numbers/for/cid/111/afid/0001/sid/superaffiliate, GET",
    "DELETE, /numbers/for/cid/111/afid/0001/sid/superaffiliate, GET"
  })
  void aMethodAPathDoesNotServeIsNotAllowed(String method, String path, String allowed) {
    String before = api.listing();
    for (Wire wire : Wire.values()) {
      Response response = api.given(wire, CREATE).request(method, wire.path(path));
      assertEquals(405, response.statusCode(), method + " " + path);
      assertEquals(allowed, response.header("Allow"));
    }
    assertEquals(before, api.listing());
  }

  @Test
  void aPathOutsideTheApiIsNotFound() {
    assertEquals(404, api.given().get("/nothing-here.json").statusCode());
    assertEquals(404, api.given().get("/numbers/5/more.json").statusCode());
  }
}
