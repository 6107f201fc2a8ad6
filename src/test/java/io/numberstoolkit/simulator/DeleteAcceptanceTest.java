package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DELETE numbers/ID: 204, and the number is gone everywhere. */
class DeleteAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private final NumbersClient api = simulator.client();

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aDeletedNumberIsGoneFromShowListAndSearch(Wire wire) {
    JsonNode number = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"gone\"}");
    long id = number.get("id").asLong();
    Response response = api.delete(wire, id);
    assertEquals(204, response.statusCode());
    assertEquals(404, api.get(wire, id).statusCode());
    assertFalse(api.ids().contains(id));
    assertEquals(List.of(), api.all(wire, "/numbers/for/cid/0001/afid/0002/sid/gone"));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void onlyTheDeletedNumberGoes(Wire wire) {
    List<Long> before = api.ids();
    api.delete(wire, 5).then().statusCode(204);
    assertEquals(before.subList(1, before.size()), api.ids());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aSecondDeleteIsNotFound(Wire wire) {
    long id = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
    api.delete(wire, id).then().statusCode(204);
    assertEquals(404, api.delete(wire, id).statusCode());
    assertEquals(404, api.delete(wire, 999_999).statusCode());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUpdateOfADeletedNumberIsNotFound(Wire wire) {
    long id = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
    api.delete(wire, id).then().statusCode(204);
    assertEquals(404, api.put(wire, id, "{\"number\": {\"sid\": \"back\"}}").statusCode());
    assertFalse(api.ids().contains(id));
  }
}
