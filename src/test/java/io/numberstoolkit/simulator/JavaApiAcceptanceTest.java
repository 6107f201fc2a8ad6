package io.numberstoolkit.simulator;

import static io.numberstoolkit.simulator.RequestCount.atLeast;
import static io.numberstoolkit.simulator.RequestCount.atMost;
import static io.numberstoolkit.simulator.RequestCount.exactly;
import static io.numberstoolkit.simulator.RequestCount.never;
import static io.numberstoolkit.simulator.RequestPattern.anyRequest;
import static io.numberstoolkit.simulator.RequestPattern.anyRequestedFor;
import static io.numberstoolkit.simulator.RequestPattern.deleteRequestedFor;
import static io.numberstoolkit.simulator.RequestPattern.getRequestedFor;
import static io.numberstoolkit.simulator.RequestPattern.postRequestedFor;
import static io.numberstoolkit.simulator.RequestPattern.putRequestedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every method of the Java API for tests, against a running simulator over real HTTP: arranging
 * (numbers, seed, state files), sessions, the typed request log, and verifications that pass when
 * they should and fail with a message that lists what was received.
 */
class JavaApiAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVALID = "{\"number\": {\"cid\": \"0001\", \"type\": \"Mobile\"}}";

  @RegisterExtension
  static final SimulatorExtension simulator = new SimulatorExtension(
      SimulatorOptions.builder().apiKey("alpha", 7L, 8L).apiKey("beta", 9L).build());

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aCreatedNumberIsTypedAndServedByTheApi() throws Exception {
    SimulatedNumber created = simulator.numbers().create(NewNumber.tollFree("0002", "0001").sid("typed"));
    assertTrue(created.tollFree());
    assertEquals("0002", created.afid());
    assertEquals("typed", created.sid());
    assertEquals(7L, created.companyId());
    assertTrue(created.phoneNumber().startsWith("+"), created.toString());
    JsonNode served = json(send("GET", "/numbers/" + created.id() + ".json?api_key=alpha", null, Map.of()).body());
    assertEquals(created.phoneNumber(), served.get("number").get("number").asText());
    assertEquals(created, simulator.numbers().get(created.id()).orElseThrow());
    assertEquals(List.of(), simulator.requests().matching(postRequestedFor("/numbers.json")),
        "arranging is not in the request log");
  }

  @Test
  void anInvalidNumberIsRefusedWithTheApisOwnMessage() throws Exception {
    RequestRefusedException refused = assertThrows(RequestRefusedException.class,
        () -> simulator.numbers().create(NewNumber.withoutAttributes().with("cid", "0001").with("type", "Mobile")));
    HttpResponse<String> overHttp = send("POST", "/numbers.json?api_key=alpha", INVALID, Map.of());
    JsonNode error = json(overHttp.body()).get("error");
    assertEquals(overHttp.statusCode(), refused.status());
    assertTrue(refused.getMessage().contains(error.get("message").asText()), refused.getMessage());
    assertEquals(error.get("violations").size(), refused.violations().size());
    assertTrue(refused.violations().contains(new ContractViolation("/number/afid", "is required but missing")),
        refused.violations().toString());
    assertEquals(2, simulator.numbers().count(), "nothing was created");
  }

  @Test
  void aNumberOfAnotherCompanyIsSeenOnlyByItsKey() throws Exception {
    SimulatedNumber other = simulator.numbers().create(NewNumber.local("0001", "0001").company(9L));
    assertEquals(9L, other.companyId());
    assertEquals(200, send("GET", "/numbers/" + other.id() + ".json?api_key=beta", null, Map.of()).statusCode());
    assertEquals(404, send("GET", "/numbers/" + other.id() + ".json?api_key=alpha", null, Map.of()).statusCode());
    assertThrows(IllegalArgumentException.class,
        () -> simulator.numbers().create(NewNumber.local("0001", "0001").company(12L)));
  }

  @Test
  void seedingAddsNumbersAsTheSeedOptionDoes() {
    List<SimulatedNumber> seeded = simulator.numbers().seed(5);
    assertEquals(List.of("seed-1", "seed-2", "seed-3", "seed-4", "seed-5"), seeded.stream().map(SimulatedNumber::sid).toList());
    assertEquals(7, simulator.numbers().count());
    assertEquals(7, simulator.numbers().all().size());
  }

  @Test
  void aStateFileLoadsByTheAdminImportsRulesAndARefusedOneChangesNothing(@TempDir Path folder) throws Exception {
    SimulatedNumber kept = simulator.numbers().create(NewNumber.tollFree("0004", "0001").sid("exported"));
    ObjectMapper mapper = new ObjectMapper();
    var state = mapper.createObjectNode();
    state.putArray("numbers").addObject().put("company_id", 7).set("number", kept.json());
    Path file = Files.writeString(folder.resolve("state.json"), state.toString());
    simulator.numbers().load(file);
    assertEquals(List.of(kept.id()), simulator.numbers().all().stream().map(SimulatedNumber::id).toList());

    Path broken = Files.writeString(folder.resolve("broken.json"), "{\"numbers\": [{\"number\": {\"id\": 1}}]}");
    RequestRefusedException refused = assertThrows(RequestRefusedException.class, () -> simulator.numbers().load(broken));
    assertEquals(422, refused.status(), refused.getMessage());
    assertTrue(refused.getMessage().contains("broken.json"), refused.getMessage());
    assertEquals(List.of(kept.id()), simulator.numbers().all().stream().map(SimulatedNumber::id).toList());
  }

  @Test
  void aSessionHasItsOwnNumbersAndRequestsAndSaysHowToNameIt() throws Exception {
    SimulatedSession a = simulator.session("a");
    assertEquals(Map.of("X-Numbers-Session", "a"), a.headers());
    assertEquals(Map.of("numbers_session", "a"), a.queryParameters());
    assertEquals(simulator.baseUrl(), a.baseUrl());
    SimulatedNumber mine = a.numbers().create(NewNumber.tollFree("0001", "0001").sid("mine"));
    assertTrue(simulator.numbers().get(mine.id()).isEmpty(), "not in the shared space");
    assertEquals(200, send("GET", "/numbers/" + mine.id() + ".json?api_key=alpha", null, a.headers()).statusCode());
    send("GET", "/numbers.json?api_key=alpha&numbers_session=a", null, Map.of());
    send("GET", "/numbers.json?api_key=alpha", null, Map.of());
    assertEquals(2, a.requests().all().size());
    assertEquals(3, simulator.requests().all().size());
    a.verify(exactly(2), anyRequest().inSession("a"));
    simulator.verify(exactly(1), anyRequest().inSharedSpace());
    a.reset();
    assertTrue(a.numbers().get(mine.id()).isEmpty(), "a reset session is back at the start");
  }

  @Test
  void requestsAreTypedWithMaskedUrlsBodiesAndViolations() throws Exception {
    send("POST", "/numbers.json?api_key=alpha", INVALID, Map.of("X-Numbers-Session", "s"));
    ReceivedRequest received = simulator.requests().all().get(0);
    assertEquals("POST", received.method());
    assertEquals("/numbers.json?api_key=***", received.url());
    assertEquals("/numbers.json", received.path());
    assertEquals("s", received.session());
    assertEquals(422, received.status());
    assertEquals(INVALID, received.requestBody());
    assertEquals("application/json", received.requestContentType());
    assertFalse(received.requestBodyTruncated());
    assertTrue(received.responseBody().contains("is required but missing"), received.responseBody());
    assertEquals(new ContractViolation("/number/afid", "is required but missing"), received.violations().get(0));
    assertEquals("Mobile", received.requestJson().at("/number/type").asText());
    assertEquals(422, received.responseJson().at("/error/status").asInt());
  }

  @Test
  void verificationsPassWhenTheRequestsWereSent() throws Exception {
    send("POST", "/numbers.json?api_key=alpha", "{\"number\": {\"type\": \"Local\", \"afid\": \"0001\", \"cid\": \"0001\"}}", Map.of());
    send("PUT", "/numbers/5.xml?api_key=alpha", "<number><afid>0005</afid></number>", Map.of());
    send("DELETE", "/numbers/79.json?api_key=alpha", null, Map.of());
    simulator.verify(postRequestedFor("/numbers.json"));
    simulator.verify(exactly(1), postRequestedFor("/numbers.json").withStatus(201).withJsonField("/number/type", "Local")
        .withBodyContaining("\"afid\": \"0001\"").withQueryParam("api_key", "***").inSharedSpace());
    simulator.verify(exactly(1), putRequestedFor("/numbers/{id}.xml").withJsonField("/number/afid", "0005"));
    simulator.verify(atLeast(1), deleteRequestedFor("/numbers/79.json").withStatus(204));
    simulator.verify(atMost(3), anyRequestedFor("/numbers/{id}.{format}"));
    simulator.verify(never(), getRequestedFor("/numbers.json"));
    simulator.verifyNoViolations();
  }

  @Test
  void aFailedVerificationListsWhatWasReceivedClosestFirst() throws Exception {
    send("GET", "/numbers.json?api_key=alpha", null, Map.of());
    send("POST", "/numbers.json?api_key=alpha", INVALID, Map.of());
    AssertionError failure = assertThrows(AssertionError.class,
        () -> simulator.verify(exactly(1), postRequestedFor("/numbers.json").withStatus(201)));
    String message = failure.getMessage();
    assertTrue(message.startsWith("Expected exactly 1 request matching POST /numbers.json with status 201,"
        + " but the simulator received 0.\nIt received 2 requests (closest first):\n"), message);
    String[] lines = message.split("\n");
    assertEquals("  #" + simulator.requests().all().get(1).id() + " POST /numbers.json?api_key=*** 422"
        + " - /number/afid: is required but missing (+1 more)  [differs: status 422]", lines[2]);
    assertTrue(lines[3].contains("GET /numbers.json?api_key=*** 200  [differs: method GET; status 200]"), lines[3]);
  }

  @Test
  void aVerificationOfTooManySaysWhichMatched() throws Exception {
    send("GET", "/numbers.json?api_key=alpha", null, Map.of());
    AssertionError failure = assertThrows(AssertionError.class, () -> simulator.verify(never(), getRequestedFor("/numbers.json")));
    assertTrue(failure.getMessage().startsWith("Expected no requests matching GET /numbers.json, but the simulator received 1."),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("GET /numbers.json?api_key=*** 200  [matches]"), failure.getMessage());
  }

  @Test
  void aVerificationWithNothingReceivedSaysSo() {
    AssertionError failure = assertThrows(AssertionError.class, () -> simulator.session("quiet").verify(getRequestedFor("/numbers.json")));
    assertEquals("Expected at least 1 request matching GET /numbers.json, but session quiet received 0.\n"
        + "It received no requests at all.", failure.getMessage());
  }

  @Test
  void verifyNoViolationsFailsNamingWhatTheContractRefused() throws Exception {
    send("GET", "/numbers.json?api_key=alpha", null, Map.of());
    simulator.verifyNoViolations();
    send("POST", "/numbers.json?api_key=alpha", INVALID, Map.of("X-Numbers-Session", "b"));
    send("POST", "/numbers.json?api_key=alpha", "{not json", Map.of());
    AssertionError failure = assertThrows(AssertionError.class, simulator::verifyNoViolations);
    String message = failure.getMessage();
    assertTrue(message.startsWith("2 requests to the simulator broke the contract:\n"
        + "  POST /numbers.json?api_key=*** session=b -> 422\n"
        + "      /number/afid: is required but missing\n"), message);
    assertTrue(message.contains("      sent: " + INVALID), message);
    assertTrue(message.contains("  POST /numbers.json?api_key=*** -> 400\n      malformed JSON"), message);
    AssertionError inSession = assertThrows(AssertionError.class, () -> simulator.session("b").verifyNoViolations());
    assertTrue(inSession.getMessage().startsWith("1 request to session b broke the contract:"), inSession.getMessage());
  }

  @Test
  void theRequestLogStartsEmptyForEachTest() {
    assertEquals(List.of(), simulator.requests().all(), "the extension resets the simulator before each test");
  }

  private HttpResponse<String> send(String method, String pathAndQuery, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", body.startsWith("<") ? "application/xml" : "application/json");
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String body) throws IOException {
    return JSON.readTree(body);
  }
}
