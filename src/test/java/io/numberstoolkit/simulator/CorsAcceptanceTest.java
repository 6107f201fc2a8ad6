package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORS, so a browser app on an allowed origin can call the simulator with credentials and read the
 * headers it sends, while a page of any other origin changes and reads nothing.
 */
class CorsAcceptanceTest {
  private static final String ORIGIN = "http://app.example:3000";

  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().apiKey("alpha", 1L).allowOrigin(ORIGIN + "/").build());

  private final NumbersClient api = simulator.client().withHeader("Origin", ORIGIN);

  @Test
  void aPreflightIsAllowedWithoutAnApiKey() {
    String before = api.withQueryParam("api_key", "alpha").listing();
    Response response = api.given()
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "content-type, x-numbers-session")
        .options("/numbers/5.json");
    assertEquals(204, response.statusCode());
    assertEquals(ORIGIN, response.header("Access-Control-Allow-Origin"));
    assertTrue(methods(response).containsAll(List.of("GET", "POST", "PUT", "DELETE")), response.header("Access-Control-Allow-Methods"));
    assertEquals("content-type, x-numbers-session", response.header("Access-Control-Allow-Headers"));
    assertEquals("true", response.header("Access-Control-Allow-Credentials"));
    assertEquals(before, api.withQueryParam("api_key", "alpha").listing());
  }

  @Test
  void everyAnswerAllowsTheOriginAndExposesEveryHeaderTheSimulatorSends() {
    NumbersClient alpha = api.withQueryParam("api_key", "alpha");
    List<Response> answers = List.of(
        alpha.given().get("/numbers.json"),
        alpha.post(Wire.XML, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}"),
        alpha.delete(Wire.JSON, 79),
        alpha.get(Wire.JSON, 79),
        alpha.post(Wire.JSON, "{\"number\": {}}"),
        api.given().get("/numbers.json"),
        alpha.given().get("/numbers.csv"),
        alpha.given().patch("/numbers/5.json"),
        alpha.given().header("X-Numbers-Fault", "503").get("/numbers.json"));
    assertEquals(List.of(200, 201, 204, 404, 422, 401, 406, 405, 503),
        answers.stream().map(Response::statusCode).toList());
    for (Response answer : answers) {
      assertEquals(ORIGIN, answer.header("Access-Control-Allow-Origin"));
      assertEquals("true", answer.header("Access-Control-Allow-Credentials"));
      assertEquals("Origin", answer.header("Vary"));
      assertTrue(Arrays.asList(answer.header("Access-Control-Expose-Headers").split(",\\s*"))
              .containsAll(List.of("Link", "Location", "Allow", "Retry-After")),
          answer.header("Access-Control-Expose-Headers"));
      for (Header header : answer.headers()) {
        // a header the simulator sends is one a page can read: safelisted, or exposed
        boolean readable = NOT_FOR_PAGES.contains(header.getName().toLowerCase(Locale.ROOT))
            || header.getName().startsWith("Access-Control-")
            || exposed(answer).stream().anyMatch(header.getName()::equalsIgnoreCase);
        assertTrue(readable, header + " is sent but not exposed: " + answer.header("Access-Control-Expose-Headers"));
      }
    }
  }

  @Test
  void withoutAnOriginNoOriginIsNamedAndNothingIsRefused() {
    Response response = simulator.client().given().get("/numbers.json?api_key=alpha");
    assertEquals(200, response.statusCode());
    assertNull(response.header("Access-Control-Allow-Origin"));
    assertNull(response.header("Access-Control-Allow-Credentials"));
    assertEquals("Origin", response.header("Vary"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:4200",
      "http://app.localhost:8081", "https://localhost"})
  void aPageOnALoopbackOriginOfAnyPortIsAllowed(String origin) {
    Response response = simulator.client().withHeader("Origin", origin).given().get("/numbers.json?api_key=alpha");
    assertEquals(200, response.statusCode());
    assertEquals(origin, response.header("Access-Control-Allow-Origin"));
    assertEquals("true", response.header("Access-Control-Allow-Credentials"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example", "http://localhost.evil.example:8080", "http://127.0.0.1.evil.example",
      "null", "http://app.example:3001"})
  void aPageOfAnyOtherOriginChangesNothingAndReadsNothing(String origin) {
    String before = api.withQueryParam("api_key", "alpha").listing();
    NumbersClient hostile = simulator.client().withHeader("Origin", origin);
    List<Response> answers = List.of(
        // the form a hostile page can post without a preflight
        hostile.given().contentType("application/x-www-form-urlencoded")
            .body("api_key=alpha&number[afid]=0002&number[cid]=0001").post("/numbers.json"),
        hostile.given().delete("/numbers/5.json?api_key=alpha"),
        hostile.given().get("/numbers.json?api_key=alpha"),
        hostile.given().header("Access-Control-Request-Method", "PUT").options("/numbers/5.json"));
    for (Response answer : answers) {
      assertEquals(403, answer.statusCode(), answer.asString());
      assertTrue(answer.jsonPath().getString("error.message").contains("--allow-origin " + origin), answer.asString());
      assertNull(answer.header("Access-Control-Allow-Origin"));
      assertNull(answer.header("Access-Control-Allow-Credentials"));
    }
    assertEquals(before, api.withQueryParam("api_key", "alpha").listing());
  }

  @Test
  void aCrossSiteRequestWithoutAnOriginIsRefusedButALinkFollowedIsServed() {
    NumbersClient plain = simulator.client().withHeader("Sec-Fetch-Site", "cross-site");
    Response embedded = plain.given().header("Sec-Fetch-Mode", "no-cors").get("/numbers.json?api_key=alpha");
    assertEquals(403, embedded.statusCode());
    Response followed = plain.given().header("Sec-Fetch-Mode", "navigate").get("/numbers.json?api_key=alpha");
    assertEquals(200, followed.statusCode());
    Response posted = plain.given().header("Sec-Fetch-Mode", "navigate").contentType("application/json")
        .body("{\"number\": {}}").post("/numbers.json?api_key=alpha");
    assertEquals(403, posted.statusCode());
  }

  @Test
  void theNullOriginIsAllowedOnlyWhenGiven() throws Exception {
    try (Simulator sandboxed = Simulator.start(SimulatorOptions.builder().port(0).allowOrigin("null").build())) {
      Response response = NumbersClient.of(sandboxed.baseUrl()).withHeader("Origin", "null").given().get("/numbers.json");
      assertEquals(200, response.statusCode());
      assertEquals("null", response.header("Access-Control-Allow-Origin"));
    }
  }

  @Test
  void theAdminAnswersPagesOfItsOwnPortOnly() {
    NumbersClient otherPort = simulator.client().withHeader("Origin", "http://localhost:5173");
    Response refused = otherPort.given().get("/__admin/numbers/sessions");
    assertEquals(403, refused.statusCode());
    assertTrue(refused.jsonPath().getString("error.message").contains("--allow-origin http://localhost:5173"));
    Response allowed = api.given().get("/__admin/numbers/sessions");
    assertEquals(ORIGIN, allowed.header("Access-Control-Allow-Origin"), "an --allow-origin is the admin's too");
  }

  @Test
  void theSimulatorsOwnOriginIsAllowed() {
    // the web console is served by the simulator itself; a browser names its origin on writes
    Response response = simulator.client().withHeader("Origin", simulator.baseUrl()).given()
        .get("/numbers.json?api_key=alpha");
    assertEquals(simulator.baseUrl(), response.header("Access-Control-Allow-Origin"));
  }

  /**
   * CORS-safelisted response headers, and those the browser acts on itself (it decodes a gzipped
   * body, de-chunks, keeps the connection): no page code reads them.
   */
  private static final Set<String> NOT_FOR_PAGES = Set.of("content-type", "content-length", "content-language",
      "cache-control", "expires", "last-modified", "pragma", "content-encoding", "transfer-encoding", "vary",
      "date", "connection");

  private static List<String> exposed(Response response) {
    return Arrays.asList(response.header("Access-Control-Expose-Headers").split(",\\s*"));
  }

  private static List<String> methods(Response response) {
    return Arrays.asList(response.header("Access-Control-Allow-Methods").split(",\\s*"));
  }
}
