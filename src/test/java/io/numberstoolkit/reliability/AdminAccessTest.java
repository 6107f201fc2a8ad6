package io.numberstoolkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin surface as a stranger, a careless script or a hostile web page meets it, over raw HTTP
 * to a simulator with API keys and an admin key on: nothing is read or changed without the key,
 * WireMock's own admin is refused, a page on another origin gets neither an answer nor CORS.
 */
class AdminAccessTest {
  private static final String ADMIN_KEY = "admin-secret";
  private static final String HOSTILE = "http://evil.example";
  private static Simulator simulator;
  private static RawHttp http;
  private static String loopbackOrigin;

  @BeforeAll
  static void start() throws Exception {
    simulator = Simulator.start(SimulatorOptions.builder().port(0)
        .apiKey("alpha", 7L).adminKey(ADMIN_KEY).build());
    http = new RawHttp(simulator.port());
    loopbackOrigin = "http://localhost:" + simulator.port();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void withoutTheAdminKeyNothingIsReadOrChanged() throws Exception {
    String before = state();
    List<RawRequest> attempts = List.of(
        RawRequest.of("GET", "/__admin/numbers/state"),
        RawRequest.of("GET", "/__admin/numbers/requests"),
        RawRequest.of("GET", "/__admin/numbers/sessions"),
        RawRequest.of("POST", "/__admin/numbers/reset?all=true"),
        RawRequest.of("PUT", "/__admin/numbers/state").withBody("application/json", "{\"numbers\": []}"),
        RawRequest.of("PUT", "/__admin/numbers/faults").withBody("application/json", "{\"rate\": 1.0, \"status\": 503}"),
        RawRequest.of("DELETE", "/__admin/numbers/sessions/x"));
    for (RawRequest attempt : attempts) {
      for (String authorization : new String[] {null, "Bearer wrong", ADMIN_KEY, "Basic " + ADMIN_KEY}) {
        RawRequest sent = authorization == null ? attempt : attempt.withHeader("Authorization", authorization);
        RawResponse answer = http.send(sent);
        refused(401, answer, sent);
        assertEquals("Bearer realm=\"numbers-admin\"", answer.header("WWW-Authenticate"));
      }
    }
    assertEquals(before, state());
    assertEquals(200, http.send(RawRequest.of("GET", "/numbers.json?api_key=alpha")).status(), "the API still serves");
  }

  @Test
  void theAdminKeyOpensTheAdminApi() throws Exception {
    RawResponse faults = http.send(admin(RawRequest.of("PUT", "/__admin/numbers/faults")
        .withBody("application/json", "{\"rate\": 0.0, \"status\": 503}")));
    assertEquals(200, faults.status(), faults.describe());
    assertEquals(200, http.send(admin(RawRequest.of("POST", "/__admin/numbers/reset"))).status());
  }

  @Test
  void wireMocksOwnAdminIsRefusedAndTheServerKeepsServing() throws Exception {
    List<RawRequest> attempts = List.of(
        RawRequest.of("POST", "/__admin/shutdown"),
        RawRequest.of("PUT", "/__admin/files/planted.txt").withBody("application/json", "{}"),
        RawRequest.of("GET", "/__admin/files"),
        RawRequest.of("POST", "/__admin/settings").withBody("application/json", "{\"fixedDelay\": 3000}"),
        RawRequest.of("PUT", "/__admin/settings").withBody("application/json", "{\"fixedDelay\": 3000}"),
        RawRequest.of("POST", "/__admin/mappings").withBody("application/json",
            "{\"request\": {\"url\": \"/numbers.json\"}, \"response\": {\"status\": 418}}"),
        RawRequest.of("GET", "/__admin/mappings"),
        RawRequest.of("POST", "/__admin/reset"),
        RawRequest.of("GET", "/__admin/"));
    for (RawRequest attempt : attempts) {
      for (RawRequest sent : List.of(attempt, admin(attempt))) {
        RawResponse answer = http.send(sent);
        refused(404, answer, sent);
        assertTrue(Answers.read(answer).path("error").path("message").asText().contains("/__admin/numbers/"),
            answer.describe());
      }
    }
    assertFalse(Files.exists(Path.of("__files", "planted.txt")), "a file was written into the working folder");
    RawResponse settings = http.send(admin(RawRequest.of("GET", "/__admin/settings")));
    refused(404, settings, RawRequest.of("GET", "/__admin/settings"));
    RawResponse api = http.send(RawRequest.of("GET", "/numbers.json?api_key=alpha"));
    assertEquals(200, api.status(), "the API still serves, its stubs untouched: " + api.describe());
  }

  @Test
  void aCrossSiteTextPlainPostCannotShutTheServerDown() throws Exception {
    RawRequest shutdown = RawRequest.of("POST", "/__admin/shutdown")
        .withHeader("Origin", HOSTILE).withBody("text/plain", "x");
    RawResponse answer = http.send(shutdown);
    refused(403, answer, shutdown);
    assertNull(answer.header("Access-Control-Allow-Origin"));
    assertEquals(200, http.send(RawRequest.of("GET", "/numbers.json?api_key=alpha")).status());
  }

  @Test
  void aPageOnAnotherOriginGetsNoAnswerNoCorsAndNoPreflight() throws Exception {
    String before = state();
    RawRequest read = admin(RawRequest.of("GET", "/__admin/numbers/state")).withHeader("Origin", HOSTILE);
    RawResponse answer = http.send(read);
    refused(403, answer, read);
    assertNull(answer.header("Access-Control-Allow-Origin"));
    assertNull(answer.header("Access-Control-Allow-Credentials"));

    RawRequest preflight = RawRequest.of("OPTIONS", "/__admin/numbers/reset")
        .withHeader("Origin", HOSTILE).withHeader("Access-Control-Request-Method", "POST");
    RawResponse preflightAnswer = http.send(preflight);
    refused(403, preflightAnswer, preflight);
    assertNull(preflightAnswer.header("Access-Control-Allow-Origin"));

    RawRequest reset = admin(RawRequest.of("POST", "/__admin/numbers/reset?all=true")).withHeader("Origin", HOSTILE);
    refused(403, http.send(reset), reset);
    RawRequest noOrigin = admin(RawRequest.of("POST", "/__admin/numbers/reset?all=true"))
        .withHeader("Sec-Fetch-Site", "cross-site");
    refused(403, http.send(noOrigin), noOrigin);
    assertEquals(before, state());
  }

  @Test
  void aPageOnALoopbackOriginOfThePortIsAllowedWithCredentials() throws Exception {
    RawResponse preflight = http.send(RawRequest.of("OPTIONS", "/__admin/numbers/state")
        .withHeader("Origin", loopbackOrigin).withHeader("Access-Control-Request-Method", "GET")
        .withHeader("Access-Control-Request-Headers", "authorization"));
    assertEquals(204, preflight.status(), preflight.describe());
    assertEquals(loopbackOrigin, preflight.header("Access-Control-Allow-Origin"));
    assertTrue(preflight.header("Access-Control-Allow-Headers").toLowerCase(java.util.Locale.ROOT).contains("authorization"));
    assertEquals("true", preflight.header("Access-Control-Allow-Credentials"));

    RawResponse read = http.send(admin(RawRequest.of("GET", "/__admin/numbers/state")).withHeader("Origin", loopbackOrigin));
    assertEquals(200, read.status(), read.describe());
    assertEquals(loopbackOrigin, read.header("Access-Control-Allow-Origin"));
    assertEquals("true", read.header("Access-Control-Allow-Credentials"));

    RawResponse unauthorised = http.send(RawRequest.of("GET", "/__admin/numbers/state").withHeader("Origin", loopbackOrigin));
    assertEquals(401, unauthorised.status());
    assertEquals(loopbackOrigin, unauthorised.header("Access-Control-Allow-Origin"), "the page can read why");
  }

  @Test
  void aChangeSentAsAFormOrTextIsRefusedEvenWithTheKey() throws Exception {
    String before = state();
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
      RawRequest load = admin(RawRequest.of("PUT", "/__admin/numbers/state")).withBody(type, "{\"numbers\": []}");
      refused(415, http.send(load), load);
      RawRequest reset = admin(RawRequest.of("POST", "/__admin/numbers/reset")).withBody(type, "");
      refused(415, http.send(reset), reset);
    }
    assertEquals(before, state());
  }

  @Test
  void theRequestLogNeverShowsAnApiKey() throws Exception {
    http.send(RawRequest.of("GET", "/numbers.json?api_key=alpha&page=1"));
    http.send(RawRequest.of("GET", "/numbers.json?page=1&api%5Fkey=alpha"));
    // the log is written once an answer is complete, so it may lag the answer by a moment
    String log = "";
    for (int read = 0; read < 100 && !(log.contains("api_key=***&page=1") && log.contains("api%5Fkey=***")); read++) {
      log = http.send(admin(RawRequest.of("GET", "/__admin/numbers/requests"))).bodyText();
      assertFalse(log.contains("alpha"), log);
      Thread.sleep(read);
    }
    assertTrue(log.contains("/numbers.json?api_key=***&page=1") && log.contains("/numbers.json?page=1&api%5Fkey=***"), log);
  }


  @Test
  void withKeysOnAndNoAdminKeyTheAdminApiIsOff() throws Exception {
    try (Simulator keyed = Simulator.start(SimulatorOptions.builder().port(0).apiKey("alpha", 7L).build())) {
      RawRequest export = RawRequest.of("GET", "/__admin/numbers/state");
      RawResponse answer = new RawHttp(keyed.port()).send(export);
      refused(403, answer, export);
      assertTrue(answer.bodyText().contains("--admin-key"), answer.describe());
    }
  }

  @Test
  void withoutAnyKeyTheAdminAnswersThisMachineOnly() throws Exception {
    String address = nonLoopbackAddress();
    assumeTrue(address != null, "this machine has no address but loopback to be a client from");
    // bound to that address only, so a client connecting to it does not come from loopback
    try (Simulator open = Simulator.start(SimulatorOptions.builder().port(0).bindAddress(address).build())) {
      RawHttp fromTheNetwork = new RawHttp(address, open.port());
      RawRequest export = RawRequest.of("GET", "/__admin/numbers/state");
      RawResponse answer = fromTheNetwork.send(export);
      refused(403, answer, export);
      assertTrue(answer.bodyText().contains("this machine only"), answer.describe());
      RawResponse listing = fromTheNetwork.send(RawRequest.of("GET", "/numbers.json"));
      assertEquals(200, listing.status(), "the API (keys off) still answers: " + listing.describe());
      assertTrue(listing.header("Link").contains("<http://" + address + ":" + open.port() + "/numbers.json?page=1>"),
          "Link names the address the connection arrived on: " + listing.header("Link"));
    }
  }

  private static String nonLoopbackAddress() throws Exception {
    for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(face.getInetAddresses())) {
        if (face.isUp() && address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return address.getHostAddress();
        }
      }
    }
    return null;
  }

  private static RawRequest admin(RawRequest request) {
    return request.withHeader("Authorization", "Bearer " + ADMIN_KEY);
  }

  private static String state() throws Exception {
    RawResponse answer = http.send(admin(RawRequest.of("GET", "/__admin/numbers/state")));
    assertEquals(200, answer.status(), answer.describe());
    return answer.bodyText();
  }

  static void refused(int status, RawResponse answer, RawRequest request) {
    assertEquals(status, answer.status(), request.describe() + "\n  answered: " + answer.describe());
    assertEquals(List.of(), Answers.errorBodyProblems(answer), answer.describe());
  }
}
