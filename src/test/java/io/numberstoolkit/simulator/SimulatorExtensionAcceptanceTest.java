package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.simulator.junit.SimulatorExtension;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.Wire;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JUnit 5 extension hands each test a running simulator, back at its start-up state: the
 * second test must not see what the first one did.
 */
@ExtendWith(SimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatorExtensionAcceptanceTest {
  private static int portOfFirstTest;

  @Test
  @Order(1)
  void theFirstTestChangesEverythingItCan(Simulator simulator) {
    portOfFirstTest = simulator.port();
    assertEquals("http://127.0.0.1:" + simulator.port(), simulator.baseUrl());
    NumbersClient api = NumbersClient.of(simulator.baseUrl());
    api.create("{\"afid\": \"0002\", \"cid\": \"0001\"}");
    api.delete(Wire.JSON, 5).then().statusCode(204);
    api.withHeader("X-Numbers-Session", "left-over").delete(Wire.JSON, 79).then().statusCode(204);
    api.given().contentType("application/json").body("{\"rate\": 1.0, \"status\": 503}")
        .put("/__admin/numbers/faults").then().statusCode(200);
    assertEquals(503, api.given().get("/numbers.json").statusCode());
  }

  @Test
  @Order(2)
  void theSecondTestFindsTheStartUpState(Simulator simulator) {
    assertEquals(portOfFirstTest, simulator.port(), "one simulator for the whole class");
    NumbersClient api = NumbersClient.of(simulator.baseUrl());
    assertEquals(List.of(5L, 79L), api.ids());
    assertEquals(List.of(), api.given().get("/__admin/numbers/sessions").jsonPath().getList("sessions"));
    assertEquals(List.of(5L, 79L), api.withHeader("X-Numbers-Session", "left-over").ids());
  }
}
