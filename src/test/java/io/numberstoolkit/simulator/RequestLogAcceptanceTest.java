package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The admin API's request log: the most recent requests and no more, each with what was sent and
 * answered (bounded), the violations of a refusal, an id to poll from, and never a key in clear.
 */
class RequestLogAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().requestLogSize(5).apiKey("alpha-key", 1L)
          .adminKey("admin-key").build());

  private final NumbersClient admin = simulator.client().withHeader("Authorization", "Bearer admin-key");
  private final NumbersClient alpha = simulator.client().withQueryParam("api_key", "alpha-key");

  @Test
  void theLogHoldsTheLastFiveRequestsNewestLast() {
    admin.given().delete("/__admin/numbers/requests").then().statusCode(200);
    for (int page = 1; page <= 20; page++) {
      alpha.given().get("/numbers.json?page=" + page).then().statusCode(200);
    }
    List<String> urls = new ArrayList<>();
    log("").forEach(entry -> urls.add(entry.get("url").asText()));
    assertEquals(List.of("/numbers.json?api_key=***&page=16", "/numbers.json?api_key=***&page=17",
        "/numbers.json?api_key=***&page=18", "/numbers.json?api_key=***&page=19",
        "/numbers.json?api_key=***&page=20"), urls, "admin requests are not logged");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aRefusalIsLoggedWithBothBodiesAndItsViolations(Wire wire) throws Exception {
    alpha.withHeader("X-Numbers-Session", "s1").post(wire, "{\"number\": {\"cid\": \"0001\", \"type\": \"Mobile\"}}")
        .then().statusCode(422);
    JsonNode entry = last();
    assertEquals("POST", entry.get("method").asText());
    assertEquals(wire.path("/numbers") + "?api_key=***", entry.get("url").asText());
    assertEquals("s1", entry.get("session").asText());
    assertEquals(422, entry.get("status").asInt());
    assertTrue(entry.get("at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), entry.toString());
    assertTrue(entry.get("request").get("contentType").asText().startsWith(wire.mediaType), entry.toString());
    assertEquals(wire.body("{\"number\": {\"cid\": \"0001\", \"type\": \"Mobile\"}}"), entry.get("request").get("body").asText());
    assertFalse(entry.get("request").get("bodyTruncated").asBoolean());
    assertTrue(entry.get("response").get("body").asText().contains("is required but missing"), entry.toString());
    JsonNode violations = entry.get("violations");
    assertEquals("/number/afid", violations.get(0).get("pointer").asText(), entry.toString());
    assertEquals("is required but missing", violations.get(0).get("message").asText(), entry.toString());
    assertTrue(violations.toString().contains("/number/type"), entry.toString());
  }

  @Test
  void aSuccessHasNoViolationsAndARequestWithoutBodyANullBody() throws Exception {
    alpha.given().get("/numbers/5.json").then().statusCode(200);
    JsonNode entry = last();
    assertTrue(entry.get("session").isNull(), entry.toString());
    assertTrue(entry.get("request").get("body").isNull(), entry.toString());
    assertTrue(entry.get("request").get("contentType").isNull(), entry.toString());
    assertEquals(JSON.readTree(entry.get("response").get("body").asText()).get("number").get("id").asLong(), 5);
    assertTrue(entry.get("response").get("contentType").asText().startsWith("application/json"), entry.toString());
    assertEquals(0, entry.get("violations").size());
    assertTrue(entry.get("millis").isInt(), entry.toString());
  }

  @Test
  void aBodyIsCutAt16KibAndSaysSo() throws Exception {
    String big = "{\"number\": {\"cid\": \"0001\", \"sid\": \"" + "x".repeat(40_000) + "\"}}";
    alpha.given().contentType("application/json").body(big).post("/numbers.json");
    JsonNode request = last().get("request");
    assertTrue(request.get("bodyTruncated").asBoolean(), request.toString());
    assertEquals(16 * 1024, request.get("body").asText().length());
  }

  @Test
  void keysInBodiesOfEveryFormatAreMasked() {
    simulator.client().given().contentType("application/json")
        .body("{\"api_key\": \"alpha-key\", \"number\": {\"cid\": \"0001\"}}").post("/numbers.json");
    simulator.client().given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .body("api_key=alpha-key&number%5Bcid%5D=0001").post("/numbers.json");
    simulator.client().given().multiPart("api_key", "alpha-key").multiPart("number[cid]", "0001").post("/numbers.json");
    simulator.client().given().contentType(Wire.XML.contentType())
        .body("<number><api_key>not-a-configured-key</api_key></number>").post("/numbers.xml");
    String log = log("").toString();
    assertFalse(log.contains("alpha-key") || log.contains("not-a-configured-key"), log);
    assertTrue(log.contains("api_key\\\":\\\"***\\\"") || log.contains("api_key\\\": \\\"***\\\""), log);
    assertTrue(log.contains("api_key=***&number%5Bcid%5D=0001"), log);
    assertTrue(log.contains("<api_key>***</api_key>"), log);
  }

  @Test
  void sinceGivesOnlyWhatIsNewAndIdsKeepGrowingAcrossAClear() {
    alpha.given().get("/numbers.json?page=1").then().statusCode(200);
    long first = last().get("id").asLong();
    alpha.given().get("/numbers.json?page=2").then().statusCode(200);
    alpha.given().get("/numbers.json?page=3").then().statusCode(200);
    JsonNode newer = log("?since=" + first);
    assertEquals(2, newer.size(), newer.toString());
    assertEquals(first + 1, newer.get(0).get("id").asLong());
    assertEquals(first + 2, newer.get(1).get("id").asLong());
    assertEquals(0, log("?since=" + (first + 2)).size());
    admin.given().delete("/__admin/numbers/requests").then().statusCode(200);
    alpha.given().get("/numbers.json?page=4").then().statusCode(200);
    assertEquals(first + 3, last().get("id").asLong(), "an id is never given twice");
  }

  @Test
  void aSinceThatIsNoIdIsA400() {
    admin.given().get("/__admin/numbers/requests?since=-1").then().statusCode(400);
    admin.given().get("/__admin/numbers/requests?since=abc").then().statusCode(400);
  }

  /** The entry of the last API request: it is in the log before its answer is sent. */
  private JsonNode last() {
    JsonNode entries = log("");
    return entries.get(entries.size() - 1);
  }

  private JsonNode log(String query) {
    String body = admin.given().get("/__admin/numbers/requests" + query).then().statusCode(200).extract().asString();
    try {
      return JSON.readTree(body).get("requests");
    } catch (Exception e) {
      throw new AssertionError(body, e);
    }
  }
}
