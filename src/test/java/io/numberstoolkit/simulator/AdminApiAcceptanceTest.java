package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Violations;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin API under /__admin/numbers: reset, export and load state. */
class AdminApiAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private final NumbersClient api = simulator.client();

  @Test
  void resetPutsTheSharedSpaceBackToTheStartUpState() {
    String startUp = api.listing();
    api.create("{\"afid\": \"0002\", \"cid\": \"0001\"}");
    api.update(Wire.JSON, 5, "{\"sid\": \"changed\"}");
    api.delete(Wire.JSON, 79).then().statusCode(204);
    api.given().contentType("application/json").post("/__admin/numbers/reset").then().statusCode(200);
    assertEquals(startUp, api.listing());
  }

  @Test
  void resetOfEverythingAlsoDropsSessionsSwitchesFaultsOffAndEmptiesTheLog() {
    api.given().header("X-Numbers-Session", "one").get("/numbers.json").then().statusCode(200);
    api.given().contentType("application/json").body("{\"rate\": 1.0, \"status\": 503}")
        .put("/__admin/numbers/faults").then().statusCode(200);
    api.given().contentType("application/json").post("/__admin/numbers/reset?all=true").then().statusCode(200);
    assertEquals(0.0, api.given().get("/__admin/numbers/faults").jsonPath().getDouble("rate"));
    assertEquals(List.of(), api.given().get("/__admin/numbers/sessions").jsonPath().getList("sessions"));
    assertEquals(List.of(), api.given().get("/__admin/numbers/requests").jsonPath().getList("requests"));
    api.given().get("/numbers.json").then().statusCode(200);
  }

  @Test
  void theExportHoldsEveryNumberWithItsCompany() {
    long id = api.create("{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
    JsonNode state = exported();
    List<Long> ids = state.get("numbers").findValues("id").stream()
        .filter(JsonNode::canConvertToLong).map(JsonNode::asLong).toList();
    assertTrue(ids.containsAll(List.of(5L, 79L, id)), ids.toString());
    state.get("numbers").forEach(n -> assertEquals(1, n.get("company_id").asLong()));
    assertEquals(api.show(Wire.JSON, id), number(state, id));
  }

  @Test
  void aLoadedStateIsWhatTheApiAnswers() {
    ObjectNode state = (ObjectNode) exported();
    ArrayNode numbers = (ArrayNode) state.get("numbers");
    numbers.remove(0);
    ((ObjectNode) numbers.get(0).get("number")).put("sid", "loaded");
    load(state).then().statusCode(200);
    assertEquals(List.of(79L), api.ids());
    assertEquals("loaded", api.show(Wire.XML, 79).get("sid").asText());
    long next = api.create("{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
    assertTrue(next > 79, "ids go on after the loaded ones: " + next);
  }

  @Test
  void anInvalidStateIsRefusedWithPointersAndChangesNothing() {
    String before = api.listing();
    ObjectNode state = (ObjectNode) exported();
    ObjectNode second = (ObjectNode) state.get("numbers").get(1).get("number");
    second.remove("cid");
    second.put("number", "555-1234");
    Response response = load(state);
    assertEquals(422, response.statusCode());
    assertEquals(List.of("/numbers/1/number/cid", "/numbers/1/number/number"), Violations.pointers(Wire.JSON, response));
    assertEquals(400, api.given().contentType("application/json").body("{\"numbers\": ").put("/__admin/numbers/state").statusCode());
    assertEquals(400, api.given().contentType("application/json").body("{\"items\": []}").put("/__admin/numbers/state").statusCode());
    assertEquals(before, api.listing());
  }

  @Test
  void aStateLoadedIntoASessionStaysInIt() {
    ObjectNode state = (ObjectNode) exported();
    ((ArrayNode) state.get("numbers")).remove(1);
    api.given().contentType("application/json").body(state.toString())
        .put("/__admin/numbers/state?session=loaded").then().statusCode(200);
    assertEquals(List.of(5L), api.withHeader("X-Numbers-Session", "loaded").ids());
    assertEquals(List.of(5L, 79L), api.ids());
    assertEquals(404, api.given().get("/__admin/numbers/state?session=nobody").statusCode());
  }

  private JsonNode exported() {
    Response response = api.given().get("/__admin/numbers/state");
    assertEquals(200, response.statusCode());
    return Wire.parse(response.asString());
  }

  private Response load(JsonNode state) {
    return api.given().contentType("application/json").body(state.toString()).put("/__admin/numbers/state");
  }

  private static JsonNode number(JsonNode state, long id) {
    for (JsonNode item : state.get("numbers")) {
      if (item.get("number").get("id").asLong() == id) {
        return item.get("number");
      }
    }
    throw new AssertionError("no number " + id + " in " + state);
  }
}
