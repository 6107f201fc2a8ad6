package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CORS, so a browser app on any origin can call the simulator and read the headers it sends. */
class CorsAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().apiKey("alpha", 1L).build());

  private static final String ORIGIN = "http://app.example:3000";
  private final NumbersClient api = simulator.client().withHeader("Origin", ORIGIN);

  @Test
  void aPreflightIsAllowedWithoutAnApiKey() {
    String before = api.withQueryParam("api_key", "alpha").listing();
    Response response = api.given()
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "content-type, x-numbers-session")
        .options("/numbers/5.json");
    assertEquals(204, response.statusCode());
    assertEquals(ORIGIN, response.header("Access-Control-Allow-Origin"));
    assertTrue(methods(response).containsAll(List.of("GET", "POST", "PUT", "DELETE")), response.header("Access-Control-Allow-Methods"));
    assertEquals("content-type, x-numbers-session", response.header("Access-Control-Allow-Headers"));
    assertEquals(before, api.withQueryParam("api_key", "alpha").listing());
  }

  @Test
  void everyAnswerAllowsTheOriginAndExposesEveryHeaderTheSimulatorSends() {
    NumbersClient alpha = api.withQueryParam("api_key", "alpha");
    List<Response> answers = List.of(
        alpha.given().get("/numbers.json"),
        alpha.post(Wire.XML, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}"),
        alpha.delete(Wire.JSON, 79),
        alpha.get(Wire.JSON, 79),
        alpha.post(Wire.JSON, "{\"number\": {}}"),
        api.given().get("/numbers.json"),
        alpha.given().get("/numbers.csv"),
        alpha.given().patch("/numbers/5.json"),
        alpha.given().header("X-Numbers-Fault", "503").get("/numbers.json"));
    assertEquals(List.of(200, 201, 204, 404, 422, 401, 406, 405, 503),
        answers.stream().map(Response::statusCode).toList());
    for (Response answer : answers) {
      assertEquals(ORIGIN, answer.header("Access-Control-Allow-Origin"));
      assertTrue(Arrays.asList(answer.header("Access-Control-Expose-Headers").split(",\\s*"))
              .containsAll(List.of("Link", "Location", "Allow", "Retry-After")),
          answer.header("Access-Control-Expose-Headers"));
      for (Header header : answer.headers()) {
        // a header the simulator sends is one a page can read: safelisted, or exposed
        boolean readable = NOT_FOR_PAGES.contains(header.getName().toLowerCase(Locale.ROOT))
            || header.getName().startsWith("Access-Control-")
            || exposed(answer).stream().anyMatch(header.getName()::equalsIgnoreCase);
        assertTrue(readable, header + " is sent but not exposed: " + answer.header("Access-Control-Expose-Headers"));
      }
    }
  }

  @Test
  void withoutAnOriginAnyOriginIsAllowed() {
    Response response = simulator.client().given().get("/numbers.json?api_key=alpha");
    assertEquals("*", response.header("Access-Control-Allow-Origin"));
  }

  /**
   * CORS-safelisted response headers, and those the browser acts on itself (it decodes a gzipped
   * body, de-chunks, keeps the connection): no page code reads them.
   */
  private static final Set<String> NOT_FOR_PAGES = Set.of("content-type", "content-length", "content-language",
      "cache-control", "expires", "last-modified", "pragma", "content-encoding", "transfer-encoding", "vary",
      "date", "connection");

  private static List<String> exposed(Response response) {
    return Arrays.asList(response.header("Access-Control-Expose-Headers").split(",\\s*"));
  }

  private static List<String> methods(Response response) {
    return Arrays.asList(response.header("Access-Control-Allow-Methods").split(",\\s*"));
  }
}
