package io.numberstoolkit.proxy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.cli.Main;
import io.numberstoolkit.conformance.targets.Defect;
import io.numberstoolkit.conformance.targets.RewritingProxy;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The proxy judged by the suite's own traffic: the whole conformance suite run through it against
 * the simulator finds no answer that breaks the contract, and run against a broken implementation
 * (the suite's own, {@link Defect}) it names the rule that implementation breaks.
 */
class ProxyConformanceAcceptanceTest {
  @RegisterExtension
  static SimulatorExtension simulator =
      new SimulatorExtension(SimulatorOptions.builder().port(0).apiKey(Defect.API_KEY, 1L).build());

  @TempDir Path reports;

  @Test
  void aWholeConformanceRunThroughTheProxyFindsNoAnswerThatBreaksTheContract() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    Path proxyReport = reports.resolve("proxy");
    ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(simulator.baseUrl()).reportTo(proxyReport).printTo(lines::add));
    try (proxy) {
      conform(proxy.baseUrl(), "not @wip", 0);
    }
    List<ProxyViolation> fromTheTarget = proxy.violations().stream()
        .filter(v -> v.side() != ProxyViolation.Side.REQUEST).toList();
    String junit = Files.readString(proxyReport.resolve("junit.xml"));
    assertAll(
        () -> assertEquals(List.of(), fromTheTarget),
        () -> assertTrue(proxy.exchanges() > 300, "the run went through the proxy: " + proxy.exchanges()),
        // the suite sends requests that break the request schemas on purpose: the proxy says so
        () -> assertTrue(proxy.violations().stream().anyMatch(v -> v.rule().equals("REQUEST_SCHEMA")), proxy.violations().toString()),
        () -> assertTrue(junit.contains("exchanges checked against the contract"), junit),
        () -> assertFalse(junit.contains("numbers-proxy.answer"), junit),
        () -> assertTrue(lines.size() >= proxy.exchanges(), "a line per exchange"),
        () -> assertTrue(lines.stream().anyMatch(l -> l.contains("api_key=***")), lines.get(0)),
        () -> assertTrue(lines.stream().noneMatch(l -> l.contains(Defect.API_KEY)), "the key is never printed"),
        () -> assertFalse(Files.readString(proxyReport.resolve("violations.json")).contains(Defect.API_KEY)));
  }

  static Stream<Arguments> brokenImplementations() {
    return Stream.of(
        Arguments.of(Defect.LIST_IS_NOT_AN_ARRAY, "@documented and @list", "RESPONSE_CONTRACT"),
        Arguments.of(Defect.JSON_IS_TEXT_PLAIN, "@documented and @list", "RESPONSE_CONTRACT"),
        Arguments.of(Defect.SEARCH_IGNORES_THE_CAMPAIGN, "@documented and @search", "FOUND_MATCHES_CRITERIA"),
        Arguments.of(Defect.THE_DEFAULT_TYPE_IS_LOCAL, "@documented and @create and not @validation", "TOLL_FREE_UNLESS_LOCAL"),
        Arguments.of(Defect.OWN_TIMERS_SAY_THEY_ARE_INHERITED, "@documented and @create and not @validation", "OVERRIDE_REPLACES"),
        Arguments.of(Defect.UPDATE_IGNORES_THE_AFFILIATE, "@documented and @update and not @validation", "UPDATE_SETS_WHAT_IT_NAMES"),
        Arguments.of(Defect.DELETE_DELETES_NOTHING, "@documented and @delete", "GONE_AFTER_DELETE"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("brokenImplementations")
  void aBrokenImplementationIsNamedByTheRuleItBreaks(Defect broken, String tags, String rule) throws Exception {
    try (RewritingProxy target = RewritingProxy.start(simulator.baseUrl(), broken.rewrite());
        ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(target.baseUrl()))) {
      conform(proxy.baseUrl(), tags, 1);
      List<String> rules = proxy.violations().stream()
          .filter(v -> v.side() == ProxyViolation.Side.ANSWER).map(ProxyViolation::rule).distinct().toList();
      assertTrue(rules.contains(rule), broken.name() + " should be named " + rule + ", the proxy said " + proxy.violations());
    }
  }

  private void conform(String baseUrl, String tags, int expectedExit) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(
        "conform", "--base-url", baseUrl, "--api-key", Defect.API_KEY, "--company-id", "1",
        "--tags", tags, "--report-dir", reports.resolve("conformance").toString());
    assertEquals(expectedExit, exit, out + "\n" + err);
  }
}
