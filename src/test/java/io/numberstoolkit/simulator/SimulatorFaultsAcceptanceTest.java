package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.numberstoolkit.simulator.SimulatorFaults.ConnectionFault;
import io.numberstoolkit.simulator.support.AnswerDelay;
import io.numberstoolkit.simulator.support.BrokenAnswer;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault switch from Java, seen over HTTP as a browser app or a client would meet it. */
class SimulatorFaultsAcceptanceTest {
  private static Simulator simulator;
  private static NumbersClient api;

  @BeforeAll
  static void start() throws Exception {
    simulator = Simulator.start(SimulatorOptions.builder().port(0).build());
    api = NumbersClient.of(simulator.baseUrl());
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void reset() {
    simulator.reset();
  }

  @Test
  void aStatusFaultsEveryRequestUntilCleared() {
    simulator.faults().status(502);
    Response faulted = api.given().get("/numbers.json");
    assertEquals(502, faulted.statusCode());
    assertEquals("Bad Gateway", faulted.jsonPath().getString("error.reason"));
    assertEquals(502, api.given().get("/__admin/numbers/faults").jsonPath().getInt("status"), "the admin API sees it");
    simulator.faults().clear();
    assertEquals(200, api.given().get("/numbers.json").statusCode());
  }

  @Test
  void aRateOfZeroKeepsTheFaultButFaultsNothing() {
    simulator.faults().status(503).rate(0);
    assertEquals(200, api.given().get("/numbers.json").statusCode());
    simulator.faults().rate(1);
    Response faulted = api.given().get("/numbers.json");
    assertEquals(503, faulted.statusCode());
    assertEquals("1", faulted.header("Retry-After"));
  }

  @Test
  void aConnectionFaultBreaksTheConnection() throws Exception {
    simulator.faults().connection(ConnectionFault.RANDOM_DATA_THEN_CLOSE);
    BrokenAnswer.of(simulator.baseUrl(), "GET /numbers.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .assertIs("RANDOM_DATA_THEN_CLOSE");
    simulator.faults().status(429);
    assertEquals(429, api.given().get("/numbers.json").statusCode(), "a status replaces the connection fault");
  }

  @Test
  void aDelayDelaysEveryAnswer() {
    simulator.faults().delay(Duration.ofMillis(300));
    assertEquals(200, AnswerDelay.atLeast(300, () -> api.given().get("/numbers.json")).statusCode());
  }

  @Test
  void whatTheSwitchCannotDoIsRefusedWithTheAdminApisWordsAndChangesNothing() {
    simulator.faults().status(503).rate(0);
    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> simulator.faults().status(302));
    assertEquals("status must be a whole number from 400 to 599", refusal.getMessage());
    assertThrows(IllegalArgumentException.class, () -> simulator.faults().rate(1.5));
    assertThrows(IllegalArgumentException.class, () -> simulator.faults().delay(Duration.ofMinutes(2)));
    assertEquals("{\"rate\":0.0,\"status\":503,\"fault\":null,\"delay_ms\":0}", simulator.faults().toString());
  }
}
