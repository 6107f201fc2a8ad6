package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theHeaderNamesAStatusADelayOrBothAndTheLatencyIsAdded() throws ApiException {
    Faults faults = new Faults(100);
    assertEquals(new Faults.Fault(503, 100), faults.pick("503"));
    assertEquals(new Faults.Fault(null, 1600), faults.pick("delay=1500"));
    assertEquals(new Faults.Fault(429, 300), faults.pick(" 429 , delay=200 "));
    assertEquals(new Faults.Fault(null, 60_100), faults.pick("delay=60000"));
    assertEquals(new Faults.Fault(404, 100), faults.pick("404"));
    assertEquals(new Faults.Fault(599, 100), faults.pick("599"));
    assertEquals(new Faults.Fault(null, "EMPTY_RESPONSE", 300), faults.pick("empty_response, delay=200"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"399", "600", "200", "4000", "503,slow", "503,429", "503,EMPTY_RESPONSE", "CONNECTION_RESET",
      "delay=60001", "delay=-1", "delay=1.5", ""})
  void anyOtherHeaderIs400(String header) {
    ApiException refusal = assertThrows(ApiException.class, () -> new Faults(0).pick(header));
    assertEquals(400, refusal.status);
  }

  @Test
  void withoutAHeaderTheSwitchDecides() throws Exception {
    Faults faults = new Faults(0);
    assertEquals(Faults.Fault.NONE, faults.pick(null));
    faults.set(Faults.parse(JSON.readTree("{\"rate\": 1, \"status\": 500, \"delay_ms\": 20}")));
    assertEquals(new Faults.Fault(500, 20), faults.pick(null));
    faults.set(Faults.parse(JSON.readTree("{\"rate\": 0, \"status\": 500}")));
    assertEquals(Faults.Fault.NONE, faults.pick(null));
  }

  @Test
  void theSwitchIsReadBack() throws Exception {
    Faults.Setting setting = Faults.parse(JSON.readTree("{\"rate\": 0.25, \"status\": 429}"));
    assertEquals(new Faults.Setting(0.25, 429, 0), setting);
    assertEquals("{\"rate\":0.25,\"status\":429,\"fault\":null,\"delay_ms\":0}", setting.toJson().toString());
    Faults.Setting broken = Faults.parse(JSON.readTree("{\"rate\": 1, \"fault\": \"RANDOM_DATA_THEN_CLOSE\"}"));
    assertEquals(new Faults.Setting(1, null, "RANDOM_DATA_THEN_CLOSE", 0), broken);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{}", "{\"rate\": \"0.5\"}", "{\"rate\": 1.5}", "{\"rate\": -0.1}",
    "{\"rate\": 0.5, \"status\": 302}", "{\"rate\": 0.5, \"status\": 600}", "{\"rate\": 0.5, \"status\": \"503\"}",
    "{\"rate\": 0.5, \"status\": 503.5}", "{\"rate\": 0.5, \"fault\": \"SLOW\"}", "{\"rate\": 0.5, \"fault\": 1}",
    "{\"rate\": 0.5, \"status\": 503, \"fault\": \"EMPTY_RESPONSE\"}",
    "{\"rate\": 0.5, \"delay_ms\": 60001}", "{\"rate\": 0.5, \"delay_ms\": -1}"})
  void aSwitchItCannotDoIs400(String json) {
    ApiException refusal = assertThrows(ApiException.class, () -> Faults.parse(JSON.readTree(json)));
    assertEquals(400, refusal.status);
  }
}
