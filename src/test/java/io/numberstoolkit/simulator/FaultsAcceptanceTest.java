package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.simulator.support.AnswerDelay;
import io.numberstoolkit.simulator.support.BrokenAnswer;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults on demand: one request's by the X-Numbers-Fault header, a share of all by the admin switch. */
class FaultsAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private static final String CREATE = "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}";
  private final NumbersClient api = simulator.client();

  @AfterEach
  void switchOff() {
    api.given().delete("/__admin/numbers/faults").then().statusCode(200);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theHeaderPicksTheStatus(Wire wire) {
    for (int status : new int[] {503, 429, 500}) {
      Response response = api.given().header("X-Numbers-Fault", String.valueOf(status)).get(wire.path("/numbers"));
      assertEquals(status, response.statusCode());
      assertEquals(status == 500 ? null : "1", response.header("Retry-After"), "Retry-After for " + status);
    }
  }

  @Test
  void theHeaderDelaysTheAnswer() {
    Response response = AnswerDelay.atLeast(300, () -> api.given().header("X-Numbers-Fault", "delay=300").get("/numbers.json"));
    assertEquals(200, response.statusCode());
  }

  @Test
  void aStatusAndADelayTogether() {
    Response response = AnswerDelay.atLeast(200, () -> api.given().header("X-Numbers-Fault", "503,delay=200").get("/numbers/5.xml"));
    assertEquals(503, response.statusCode());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 409, 418, 422, 502, 504, 599})
  void theHeaderPicksAnyErrorStatusWithTheApisErrorBody(int status) {
    Response json = api.given().header("X-Numbers-Fault", String.valueOf(status)).get("/numbers.json");
    assertEquals(status, json.statusCode());
    assertEquals(status, json.jsonPath().getInt("error.status"));
    Response xml = api.given().header("X-Numbers-Fault", String.valueOf(status)).get("/numbers/5.xml");
    assertEquals(status, xml.statusCode());
    assertEquals(String.valueOf(status), xml.xmlPath().getString("error.status"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void theHeaderBreaksTheConnectionAndTheWriteChangesNothing(String fault) throws Exception {
    String before = api.listing();
    BrokenAnswer answer = BrokenAnswer.of(simulator.baseUrl(), "POST /numbers.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nX-Numbers-Fault: " + fault + "\r\nContent-Length: " + CREATE.length()
        + "\r\n\r\n" + CREATE);
    answer.assertIs(fault);
    assertEquals(before, api.listing());
  }

  @Test
  void theAdminSwitchBreaksConnectionsUntilSwitchedOff() throws Exception {
    api.given().contentType("application/json").body("{\"rate\": 1, \"fault\": \"EMPTY_RESPONSE\"}")
        .put("/__admin/numbers/faults").then().statusCode(200);
    assertEquals("EMPTY_RESPONSE", api.given().get("/__admin/numbers/faults").jsonPath().getString("fault"));
    BrokenAnswer.of(simulator.baseUrl(), "GET /numbers.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").assertIs("EMPTY_RESPONSE");
    api.given().delete("/__admin/numbers/faults").then().statusCode(200);
    assertEquals(200, api.given().get("/numbers.json").statusCode());
  }

  @Test
  void theAdminSwitchTakesAnyErrorStatus() {
    api.given().contentType("application/json").body("{\"rate\": 1, \"status\": 418}")
        .put("/__admin/numbers/faults").then().statusCode(200);
    Response response = api.given().get("/numbers.json");
    assertEquals(418, response.statusCode());
    assertEquals("I'm a Teapot", response.jsonPath().getString("error.reason"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"302", "600", "delay=-5", "delay=999999", "slow", "503,EMPTY_RESPONSE"})
  void aFaultTheSimulatorCannotDoIsABadRequest(String fault) {
    assertEquals(400, api.given().header("X-Numbers-Fault", fault).get("/numbers.json").statusCode());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aFaultedWriteChangesNothing(Wire wire) {
    String before = api.listing();
    assertEquals(503, api.given(wire, CREATE).header("X-Numbers-Fault", "503").post(wire.path("/numbers")).statusCode());
    assertEquals(500, api.given(wire, "{\"number\": {\"sid\": \"x\"}}").header("X-Numbers-Fault", "500")
        .put(wire.path("/numbers/5")).statusCode());
    assertEquals(429, api.given().header("X-Numbers-Fault", "429").delete(wire.path("/numbers/5")).statusCode());
    assertEquals(before, api.listing());
  }

  @Test
  void theAdminSwitchFaultsEveryRequestAtRateOneUntilSwitchedOff() {
    String before = api.listing();
    api.given().contentType("application/json").body("{\"rate\": 1.0, \"status\": 503, \"delay_ms\": 0}")
        .put("/__admin/numbers/faults").then().statusCode(200);
    assertEquals(1.0, api.given().get("/__admin/numbers/faults").jsonPath().getDouble("rate"));
    List<Response> answers = List.of(
        api.given().get("/numbers.json"), api.get(Wire.XML, 5), api.post(Wire.JSON, CREATE), api.delete(Wire.JSON, 5));
    answers.forEach(answer -> assertEquals(503, answer.statusCode()));
    api.given().delete("/__admin/numbers/faults").then().statusCode(200);
    assertEquals(before, api.listing());
  }

  @Test
  void theAdminSwitchRefusesAnUnknownSettingInsteadOfIgnoringIt() {
    Response refused = api.given().contentType("application/json").body("{\"rate\": 1.0, \"stauts\": 429}")
        .put("/__admin/numbers/faults");
    assertEquals(400, refused.statusCode());
    assertEquals("unknown fault setting 'stauts': the settings are [rate, status, fault, delay_ms],"
        + " as in {\"rate\": 0.2, \"status\": 503, \"delay_ms\": 0}", refused.jsonPath().getString("error.message"));
    assertEquals(0.0, api.given().get("/__admin/numbers/faults").jsonPath().getDouble("rate"), "nothing switched on");
    assertEquals(200, api.given().get("/numbers.json").statusCode());
  }

  @Test
  void theAdminSwitchRefusesWhatItCannotDo() {
    for (String setting : List.of("{\"rate\": 2}", "{\"rate\": 0.5, \"status\": 302}", "{\"rate\": 1, \"fault\": \"SLOW\"}", "{\"rate\": 0.5, \"delay_ms\": -1}", "rate",
        "{\"rate\": 0.5, \"delay_ms\": \"soon\"}", "[0.5]")) {
      assertEquals(400, api.given().contentType("application/json").body(setting).put("/__admin/numbers/faults").statusCode(), setting);
    }
    assertEquals(200, api.given().get("/numbers.json").statusCode());
  }
}
