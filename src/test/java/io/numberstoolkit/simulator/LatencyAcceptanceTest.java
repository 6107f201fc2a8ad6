package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    for (Runnable request : new Runnable[] {
        () -> assertEquals(200, api.given().get("/numbers.json").statusCode()),
        () -> assertEquals(201, api.post(Wire.XML, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}").statusCode()),
        () -> assertEquals(404, api.get(Wire.JSON, 999).statusCode())}) {
      long start = System.nanoTime();
      request.run();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis >= LATENCY_MS, "answered after " + millis + " ms");
    }
  }
}
