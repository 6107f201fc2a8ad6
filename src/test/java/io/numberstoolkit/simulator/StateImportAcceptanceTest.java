package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.store.SpaceStateRules;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Violations;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code PUT /__admin/numbers/state} checks the whole state before it replaces anything: a refused
 * load is a 422 naming its problems and leaves the space exactly as it was. Before, two numbers
 * of one id gave a 500 and a half-loaded space whose search threw, a phone number was listed
 * twice, and an id of 2^63-1 overflowed the next create.
 */
class StateImportAcceptanceTest {
  private static final String CREATE = "{\"afid\": \"0002\", \"cid\": \"0001\"}";

  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private final NumbersClient api = simulator.client();

  private ObjectNode exported() {
    return (ObjectNode) Wire.parse(api.given().get("/__admin/numbers/state").asString());
  }

  private ObjectNode number(ObjectNode state, int index) {
    return (ObjectNode) state.get("numbers").get(index).get("number");
  }

  /** Loads the export changed by {@code change}, expecting a refusal that changed nothing. */
  private Response refused(Consumer<ObjectNode> change) {
    String before = api.given().get("/__admin/numbers/state").asString();
    String listed = api.listing();
    ObjectNode state = exported();
    change.accept(state);
    Response response = load(state);
    assertEquals(422, response.statusCode(), response.asString());
    assertEquals(before, api.given().get("/__admin/numbers/state").asString(), "the space is as it was");
    assertEquals(listed, api.listing());
    api.given().get("/numbers/for/cid/0001/afid/0002/sid/superaffiliate.json").then().statusCode(200);
    return response;
  }

  private Response load(JsonNode state) {
    return api.given().contentType("application/json").body(state.toString()).put("/__admin/numbers/state");
  }

  @Test
  void twoNumbersOfOneIdAreRefusedWhole() {
    Response response = refused(state -> number(state, 1).put("id", 5));
    assertEquals(List.of("/numbers/1/number/id"), Violations.pointers(Wire.JSON, response));
    assertEquals("/numbers/1/number/id: id 5 is also the id of /numbers/0", Violations.message(Wire.JSON, response));
  }

  @Test
  void onePhoneNumberTwiceIsRefused() {
    Response response = refused(state -> number(state, 1).put("number", number(state, 0).get("number").asText()));
    assertEquals(List.of("unique-number"), Violations.rules(Wire.JSON, response));
  }

  @Test
  void idsPastTheLargestAJavaScriptClientReadsAreRefused() {
    Response response = refused(state -> number(state, 1).put("id", Long.MAX_VALUE));
    assertEquals(List.of("/numbers/1/number/id"), Violations.pointers(Wire.JSON, response));
    refused(state -> ((ObjectNode) state.get("sequences")).put("number", Long.MAX_VALUE));
    refused(state -> ((ObjectNode) state.get("sequences")).put("timer", -1));
  }

  @Test
  void theLargestIdLoadsAndTheSpaceThenRefusesToHandOutMoreInsteadOfOverflowing() {
    ObjectNode state = exported();
    number(state, 1).put("id", SpaceStateRules.MAX_ID);
    assertEquals(200, load(state).statusCode());
    Response create = api.post(Wire.JSON, "{\"number\": " + CREATE + "}");
    assertEquals(422, create.statusCode(), create.asString());
    assertTrue(Violations.message(Wire.JSON, create).contains("has handed out every id up to 9007199254740991"));
    assertEquals(200, load(exported()).statusCode(), "what it exports loads again");
  }

  @Test
  void anItemWithoutItsCompanyOrWithTextXmlCannotCarryIsRefused() {
    Response response = refused(state -> {
      ((ObjectNode) state.get("numbers").get(0)).remove("company_id");
      number(state, 1).put("sid", "bell\u0007");
    });
    assertEquals(List.of("/numbers/0/company_id", "/numbers/1/number/sid"), Violations.pointers(Wire.JSON, response));
    Response tooBig = refused(state -> ((ObjectNode) state.get("numbers").get(0))
        .put("company_id", new BigInteger("100000000000000000000")));
    assertEquals(List.of("/numbers/0/company_id"), Violations.pointers(Wire.JSON, tooBig));
  }

  @Test
  void aThousandBadItemsGetFiftyListedAndTheRestCounted() {
    Response response = refused(state -> {
      ArrayNode numbers = (ArrayNode) state.get("numbers");
      for (int i = 0; i < 1000; i++) {
        numbers.add(state.get("numbers").get(0).deepCopy());
      }
    });
    assertEquals(50, Violations.pointers(Wire.JSON, response).size());
    assertTrue(Violations.message(Wire.JSON, response).endsWith("(and 1999 more; the first 50 are listed)"),
        Violations.message(Wire.JSON, response));
  }
}
