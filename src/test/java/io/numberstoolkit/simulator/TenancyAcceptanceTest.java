package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumberParts;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With API keys: the key is required (401), a company_id must be one the key may act on (403),
 * and a key sees and changes only its company's numbers.
 */
class TenancyAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.builder()
      .apiKey("alpha", 1L).apiKey("beta", 2L).apiKey("reseller", 3L, 4L).build());

  private static final String CREATE = "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"mine\"}}";
  private final NumbersClient anonymous = simulator.client();
  private final NumbersClient alpha = anonymous.withQueryParam("api_key", "alpha");
  private final NumbersClient beta = anonymous.withQueryParam("api_key", "beta");

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aMissingOrWrongKeyIsUnauthorizedEverywhere(Wire wire) {
    String before = alpha.listing();
    for (NumbersClient client : List.of(anonymous, anonymous.withQueryParam("api_key", "wrong"),
        anonymous.withQueryParam("api_key", ""))) {
      assertEquals(401, client.given().get(wire.path("/numbers")).statusCode());
      assertEquals(401, client.get(wire, 5).statusCode(), "even for a number that exists");
      assertEquals(401, client.given().get(wire.path("/numbers/for/cid/111/afid/0001/sid/superaffiliate")).statusCode());
      assertEquals(401, client.post(wire, CREATE).statusCode());
      assertEquals(401, client.put(wire, 5, "{\"number\": {\"sid\": \"x\"}}").statusCode());
      assertEquals(401, client.delete(wire, 5).statusCode());
    }
    assertEquals(before, alpha.listing());
  }

  @Test
  void theKeyMayBeARootNodeOfTheBody() {
    Response created = anonymous.post(Wire.JSON,
        "{\"api_key\": \"alpha\", \"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}");
    assertEquals(201, created.statusCode());
    long id = Wire.JSON.read(created.asString()).get("number").get("id").asLong();
    assertTrue(alpha.ids().contains(id));
    assertEquals(200, anonymous.put(Wire.JSON, id, "{\"api_key\": \"alpha\", \"number\": {\"sid\": \"s\"}}").statusCode());
    assertEquals(401, anonymous.post(Wire.JSON,
        "{\"api_key\": \"wrong\", \"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}").statusCode());
    Response form = anonymous.given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("api_key", "beta").formParam("number[afid]", "0002").formParam("number[cid]", "0001")
        .post("/numbers.json");
    assertEquals(201, form.statusCode());
    assertTrue(beta.ids().contains(Wire.JSON.read(form.asString()).get("number").get("id").asLong()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "3", "99", "abc", "-1"})
  void aCompanyTheKeyMayNotActOnIsForbidden(String company) {
    String before = alpha.listing();
    NumbersClient elsewhere = alpha.withQueryParam("company_id", company);
    for (Wire wire : Wire.values()) {
      assertEquals(403, elsewhere.given().get(wire.path("/numbers")).statusCode());
      assertEquals(403, elsewhere.post(wire, CREATE).statusCode());
    }
    assertEquals(403, anonymous.post(Wire.JSON, "{\"api_key\": \"alpha\", \"company_id\": \"" + company + "\","
        + " \"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}").statusCode());
    assertEquals(before, alpha.listing());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aResellerActsOnItsFirstCompanyOrTheOneItNames(Wire wire) {
    NumbersClient reseller = anonymous.withQueryParam("api_key", "reseller");
    NumbersClient second = reseller.withQueryParam("company_id", 4);
    long inFirst = reseller.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
    long inSecond = second.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
    assertEquals(List.of(inFirst), reseller.ids());
    assertEquals(List.of(inFirst), reseller.withQueryParam("company_id", 3).ids());
    assertEquals(List.of(inSecond), second.ids());
    assertEquals(404, reseller.get(wire, inSecond).statusCode());
    assertEquals("moved", second.update(wire, inSecond, "{\"sid\": \"moved\"}").get("sid").asText());
    assertEquals(204, second.delete(wire, inSecond).statusCode());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aKeyNeverSeesNorChangesAnotherCompanysNumbers(Wire wire) {
    JsonNode theirs = alpha.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"mine\"}");
    long id = theirs.get("id").asLong();
    assertEquals(List.of(), beta.ids(), "beta's company has no numbers");
    assertEquals(List.of(5L, 79L, id), alpha.ids());
    assertEquals(404, beta.get(wire, id).statusCode());
    assertEquals(404, beta.get(wire, 5).statusCode());
    assertEquals(List.of(), beta.all(wire, "/numbers/for/cid/0001/afid/0002/sid/mine"));
    assertEquals(404, beta.put(wire, id, "{\"number\": {\"sid\": \"stolen\"}}").statusCode());
    assertEquals(404, beta.delete(wire, id).statusCode());
    assertEquals(theirs, alpha.show(wire, id), "unchanged for its owner");
    assertEquals(List.of(theirs), alpha.all(wire, "/numbers/for/cid/0001/afid/0002/sid/mine"));
  }

  @Test
  void numbersOfOtherCompaniesDoNotShiftAKeysPages() {
    for (int i = 0; i < 30; i++) {
      beta.create("{\"afid\": \"0002\", \"cid\": \"0001\"}");
    }
    Response alphasFirstPage = alpha.given().get("/numbers.json");
    assertEquals(List.of(5L, 79L), NumberParts.ids(alpha.page(Wire.JSON, "/numbers", 1)));
    assertFalse(alphasFirstPage.header("Link").contains("rel=\"next\""), alphasFirstPage.header("Link"));
    assertEquals(30, beta.ids().size());
  }
}
