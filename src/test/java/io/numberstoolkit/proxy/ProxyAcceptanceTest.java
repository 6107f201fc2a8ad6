package io.numberstoolkit.proxy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.conformance.targets.Defect;
import io.numberstoolkit.conformance.targets.MisbehavingTarget;
import io.numberstoolkit.conformance.targets.MisbehavingTarget.Misbehaviour;
import io.numberstoolkit.conformance.targets.RewritingProxy;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proxy over real HTTP: what the client gets (the target's answer, the violations header, a
 * strict 502), what a target that fails turns into (a JSON 502 or 504 and a report entry, never a
 * hang), and the proxy's own guards (the Host check, the admin API for this machine only).
 */
class ProxyAcceptanceTest {
  private static final String KEY = "proxy-test-key";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Far longer than any proxy timeout below: a proxy that hung would fail the test, not hang it. */
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

  @RegisterExtension
  static SimulatorExtension simulator =
      new SimulatorExtension(SimulatorOptions.builder().port(0).apiKey(KEY, 1L).build());

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(CLIENT_TIMEOUT).build();

  @Test
  void aConformingAnswerPassesUnchangedWithNoViolationsHeader() throws Exception {
    try (ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(simulator.baseUrl()))) {
      HttpResponse<String> direct = get(simulator.baseUrl() + "/numbers/5.json?api_key=" + KEY);
      HttpResponse<String> through = get(proxy.baseUrl() + "/numbers/5.json?api_key=" + KEY);
      assertAll(
          () -> assertEquals(200, through.statusCode()),
          () -> assertEquals(direct.body(), through.body()),
          () -> assertTrue(through.headers().firstValue(ExchangeChecker.HEADER).isEmpty(), through.headers().toString()),
          () -> assertEquals(1, proxy.exchanges()),
          () -> assertEquals(0, proxy.exchangesWithViolations()));
    }
  }

  @Test
  void theKeyIsForwardedAndAWrongOneIsTheTargetsToRefuse() throws Exception {
    try (ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(simulator.baseUrl()))) {
      assertEquals(200, get(proxy.baseUrl() + "/numbers.json?api_key=" + KEY).statusCode());
      assertEquals(401, get(proxy.baseUrl() + "/numbers.json?api_key=wrong").statusCode());
      assertEquals(0, proxy.exchangesWithViolations(), proxy.violations().toString());
    }
  }

  @Test
  void aViolatingAnswerCarriesItsViolationsInAHeaderAndTheAdminLog() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    try (RewritingProxy broken = RewritingProxy.start(simulator.baseUrl(), Defect.LIST_IS_NOT_AN_ARRAY.rewrite());
        ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(broken.baseUrl()).printTo(lines::add))) {
      HttpResponse<String> answer = get(proxy.baseUrl() + "/numbers.json?api_key=" + KEY);
      JsonNode header = JSON.readTree(answer.headers().firstValue(ExchangeChecker.HEADER).orElse("[]"));
      JsonNode log = JSON.readTree(get(proxy.baseUrl() + "/__admin/numbers/proxy/violations").body());
      assertAll(
          () -> assertEquals(200, answer.statusCode(), "not strict: the answer passes"),
          () -> assertTrue(answer.body().startsWith("{\"numbers\""), answer.body()),
          () -> assertEquals("RESPONSE_CONTRACT", header.path(0).path("rule").asText(), header.toString()),
          () -> assertEquals("answer", header.path(0).path("side").asText()),
          () -> assertEquals(1, log.path("with_violations").asInt(), log.toString()),
          () -> assertEquals("/numbers.json?api_key=***", log.path("entries").path(0).path("url").asText()),
          () -> assertFalse(log.toString().contains(KEY)),
          () -> assertEquals(1, lines.size()),
          () -> assertTrue(lines.get(0).matches("GET /numbers\\.json\\?api_key=\\*\\*\\* 200 \\d+ ms 1 violation: RESPONSE_CONTRACT"),
              lines.get(0)));
    }
  }

  @Test
  void strictTurnsAViolatingAnswerIntoA502NamingTheViolation() throws Exception {
    try (RewritingProxy broken = RewritingProxy.start(simulator.baseUrl(), Defect.LIST_IS_NOT_AN_ARRAY.rewrite());
        ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(broken.baseUrl()).strict(true))) {
      HttpResponse<String> answer = get(proxy.baseUrl() + "/numbers.json?api_key=" + KEY);
      JsonNode body = JSON.readTree(answer.body());
      HttpResponse<String> conforming = get(proxy.baseUrl() + "/numbers/5.json?api_key=" + KEY);
      assertAll(
          () -> assertEquals(502, answer.statusCode()),
          () -> assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("")),
          () -> assertEquals("RESPONSE_CONTRACT", body.path("violations").path(0).path("rule").asText(), answer.body()),
          () -> assertEquals(200, conforming.statusCode(), "a conforming answer passes a strict proxy"));
    }
  }

  @Test
  void theHeaderStaysBoundedWhateverTheAnswerBreaks() {
    List<ProxyViolation> many = Stream.generate(() -> ProxyViolation.answer("RESPONSE_CONTRACT", "x".repeat(1000)))
        .limit(200).toList();
    String header = ExchangeChecker.header(many);
    assertTrue(header.length() <= ExchangeChecker.HEADER_LIMIT, "" + header.length());
    assertTrue(header.contains("\"MORE\""), header);
  }

  static Stream<Arguments> failingTargets() {
    return Stream.of(
        Arguments.of("silent", Misbehaviour.silence(), 504, "TARGET_TIMEOUT"),
        Arguments.of("dribbling", Misbehaviour.dribble(50), 504, "TARGET_TIMEOUT"),
        Arguments.of("resetting", Misbehaviour.resetAtOnce(), 502, "TARGET_FAILURE"),
        Arguments.of("closing", Misbehaviour.closeAtOnce(), 502, "TARGET_FAILURE"),
        Arguments.of("not HTTP", Misbehaviour.notHttp(), 502, "TARGET_FAILURE"),
        Arguments.of("cut short", Misbehaviour.shortBody(), 502, "TARGET_FAILURE"));
  }

  @ParameterizedTest(name = "a {0} target")
  @MethodSource("failingTargets")
  void aTargetThatFailsIsAJsonGatewayErrorAndAReportEntryNeverAHang(
      String name, MisbehavingTarget.Behaviour behaviour, int status, String rule) throws Exception {
    Path reports = dir.resolve("reports");
    try (MisbehavingTarget target = MisbehavingTarget.everywhere(behaviour)) {
      ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(target.baseUrl()).reportTo(reports)
          .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
      HttpResponse<String> answer;
      try (proxy) {
        answer = get(proxy.baseUrl() + "/numbers.json?api_key=" + KEY);
      }
      String junit = Files.readString(reports.resolve("junit.xml"));
      assertAll(
          () -> assertEquals(status, answer.statusCode(), answer.body()),
          () -> assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("")),
          () -> assertTrue(JSON.readTree(answer.body()).path("error").isTextual(), answer.body()),
          () -> assertTrue(answer.headers().firstValue(ExchangeChecker.HEADER).orElse("").contains(rule)),
          () -> assertTrue(answer.headers().firstValue(TargetClient.FAILURE_HEADER).isEmpty()),
          () -> assertTrue(junit.contains("failures=\"1\"") && junit.contains(rule), junit),
          () -> assertTrue(junit.contains("api_key=***") && !junit.contains(KEY), junit),
          () -> assertTrue(Files.readString(reports.resolve("violations.json")).contains(rule)));
    }
  }

  @Test
  void garbageInAnHttpAnswerIsAViolationOfTheAnswer() throws Exception {
    try (MisbehavingTarget target = MisbehavingTarget.everywhere(Misbehaviour.htmlPage());
        ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(target.baseUrl()))) {
      HttpResponse<String> answer = get(proxy.baseUrl() + "/numbers.json?api_key=" + KEY);
      assertEquals(200, answer.statusCode());
      assertTrue(answer.headers().firstValue(ExchangeChecker.HEADER).orElse("").contains("RESPONSE_CONTRACT"));
    }
  }

  @Test
  void theProxyAnswersOnlyTheHostsItIsReachedByAndItsAdminOnlyThisMachine() throws Exception {
    try (ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(simulator.baseUrl()))) {
      String rebound = rawGet(proxy.port(), "/numbers.json?api_key=" + KEY, "evil.example.com");
      String wireMockAdmin = rawGet(proxy.port(), "/__admin/mappings", "127.0.0.1");
      assertAll(
          () -> assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound),
          () -> assertTrue(wireMockAdmin.startsWith("HTTP/1.1 404"), "WireMock's own admin (the proxy stub) is off: " + wireMockAdmin),
          () -> assertEquals(0, proxy.exchanges()));
    }
  }

  @Test
  void anAdminKeyLocksTheViolationLog() throws Exception {
    ProxyOptions options = ProxyOptions.to(simulator.baseUrl()).listen(0, "127.0.0.1", "admin-secret", List.of());
    try (ValidatingProxy proxy = ValidatingProxy.start(options)) {
      String url = proxy.baseUrl() + "/__admin/numbers/proxy/violations";
      assertEquals(401, get(url).statusCode());
      HttpResponse<String> authorised = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(CLIENT_TIMEOUT)
          .header("Authorization", "Bearer admin-secret").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, authorised.statusCode(), authorised.body());
    }
  }

  @Test
  void linksNameTheProxySoAClientThatFollowsThemStaysBehindIt() throws Exception {
    try (ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(simulator.baseUrl()))) {
      String link = get(proxy.baseUrl() + "/numbers.json?api_key=" + KEY).headers().firstValue("Link").orElse("");
      assertTrue(link.contains(proxy.baseUrl() + "/numbers.json?"), link);
      assertFalse(link.contains(simulator.baseUrl()), link);
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(CLIENT_TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A GET with a Host header of our choosing, which java.net.http does not let one set. */
  private static String rawGet(int port, String path, String host) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) CLIENT_TIMEOUT.toMillis());
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
