package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.simulator.support.AnswerDelay;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** --latency MS delays every answer of the API. */
class LatencyAcceptanceTest {
  private static final int LATENCY_MS = 250;

  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().latency(LATENCY_MS).build());

  @Test
  void everyAnswerIsDelayed() {
    NumbersClient api = simulator.client();
    assertEquals(200, AnswerDelay.atLeast(LATENCY_MS, () -> api.given().get("/numbers.json")).statusCode());
    assertEquals(201, AnswerDelay.atLeast(LATENCY_MS,
        () -> api.post(Wire.XML, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}")).statusCode());
    assertEquals(404, AnswerDelay.atLeast(LATENCY_MS, () -> api.get(Wire.JSON, 999)).statusCode());
  }
}
