package com.example.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a team's own test does with the extension: create a number over HTTP and read it back. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NumbersClientTest {
  @RegisterExtension
  static SimulatorExtension simulator = new SimulatorExtension(SimulatorOptions.builder().empty().build());

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  @Order(1)
  void createsANumberAndReadsItBack() throws Exception {
    String create = "{\"number\": {\"type\": \"Toll-free\", \"desired_text\": \"DEBUG\","
        + " \"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"superaffiliate\"}}";
    HttpResponse<String> created = http.send(
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.json"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(create))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    long id = json.readTree(created.body()).path("number").path("id").asLong();

    HttpResponse<String> shown = http.send(
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers/" + id + ".json")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, shown.statusCode(), shown.body());
    JsonNode number = json.readTree(shown.body()).path("number");
    assertEquals(id, number.path("id").asLong());
    assertEquals("superaffiliate", number.path("sid").asText());
    assertTrue(number.path("toll_free").asBoolean(), shown.body());
  }

  @Test
  @Order(2)
  void theNextTestStartsEmptyAgain() throws Exception {
    HttpResponse<String> listed = http.send(
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.json")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, listed.statusCode(), listed.body());
    assertEquals(0, json.readTree(listed.body()).size(), listed.body()); // a JSON array of envelopes
  }

  @Test
  void runsOnTheProjectsOwnJackson() {
    // The project's BOM wins over the toolkit's 2.23: the simulator works on the Jackson it is given.
    assertEquals("2.17.2", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }
}
