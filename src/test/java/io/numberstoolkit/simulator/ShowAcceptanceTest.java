package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GET numbers/ID: the number, or 404. */
class ShowAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private final NumbersClient api = simulator.client();

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theDocsExampleNumberIsShown(Wire wire) {
    JsonNode number = api.show(wire, 5);
    assertEquals(5, number.get("id").asLong());
    assertEquals("+16479311232", number.get("number").asText());
    assertEquals("2012-05-03T13:53:23Z", number.get("updated_at").asText());
    assertEquals("superaffiliate", number.get("sid").asText());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aCreatedNumberIsShownAsCreated(Wire wire) {
    JsonNode created = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"s\"}");
    assertEquals(created, api.show(wire, created.get("id").asLong()));
  }

  /** A whole body with its length goes out in one write; chunking would add a write for the last chunk. */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void theAnswerSaysItsLengthAndIsNotChunked(Wire wire) {
    Response response = api.get(wire, 5);
    assertEquals(200, response.statusCode());
    // The length on the wire: the client asks for gzip, so it is not the unzipped body's length.
    assertTrue(Integer.parseInt(response.header("Content-Length")) > 0, response.headers().toString());
    assertNull(response.header("Transfer-Encoding"));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUnknownIdIsNotFound(Wire wire) {
    assertEquals(404, api.get(wire, 999_999).statusCode());
    assertEquals(404, api.given().get(wire.path("/numbers/0")).statusCode());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anIdThatIsNotANumberIsNotFound(Wire wire) {
    for (String id : new String[] {"abc", "5a", "-5", "99999999999999999999999"}) {
      assertEquals(404, api.given().get(wire.path("/numbers/" + id)).statusCode(), id);
    }
  }
}
