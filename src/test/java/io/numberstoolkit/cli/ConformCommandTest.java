package io.numberstoolkit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `conform` run in-process through Main's command line against real HTTP targets. */
class ConformCommandTest {
  @TempDir Path reports;
  private Simulator simulator;

  @BeforeEach
  void startSimulator() throws Exception {
    simulator = Simulator.start(SimulatorOptions.builder().port(0).build());
  }

  @AfterEach
  void stopSimulator() {
    simulator.stop();
  }

  @Test
  void withoutATargetItIsAUsageError() {
    Run run = run("conform");

    assertEquals(2, run.exitCode);
    assertEquals("conform: no target: give --base-url URL (or numbers.base-url, or NUMBERS_BASE_URL)\n", run.err);
  }

  @Test
  void anUnreachableTargetIsOneClearLine() {
    Run run = run("conform", "--base-url", "http://127.0.0.1:1");

    assertEquals(2, run.exitCode);
    assertEquals("conform: cannot reach http://127.0.0.1:1 (GET /numbers.json: connection refused)\n", run.err);
  }

  @Test
  void aBadTagExpressionOrAnEmptySelectionIsAUsageError() {
    Run bad = run("conform", "--base-url", simulator.baseUrl(), "--tags", "@documented and", "--report-dir", reports.toString());
    Run none = run("conform", "--base-url", simulator.baseUrl(), "--tags", "@no-such-tag", "--report-dir", reports.toString());

    assertAll(
        () -> assertEquals(2, bad.exitCode),
        () -> assertTrue(bad.err.startsWith("conform: --tags '@documented and' is not a tag expression"), bad.err),
        () -> assertEquals(2, none.exitCode),
        () -> assertEquals("conform: --tags '@no-such-tag' selects no scenario\n", none.err));
  }

  @Test
  void theReadOnlyDocumentedChecksPassAgainstTheSimulatorAndWriteEveryReport() throws Exception {
    Run run = run("conform", "--base-url", simulator.baseUrl(), "--tags", "@documented and @readonly",
        "--report-dir", reports.toString());

    assertAll(
        () -> assertEquals(0, run.exitCode, run.out + run.err),
        // The simulator runs without an API key here: the authentication scenarios skip themselves.
        () -> assertTrue(run.out.matches("(?s).*\nConformance: \\d+ scenarios, \\d+ passed, \\d+ not run\n.*"), run.out),
        () -> assertTrue(run.out.contains("Coverage of the documented API by the selected scenarios"), run.out),
        () -> assertTrue(run.out.contains("create   0 of 12"), "a read-only selection sends no create: " + run.out));
    for (String report : List.of("report.html", "summary.txt", "failed.txt", "profile.json", "coverage.md",
        "coverage.json", "junit.xml", "report.json")) {
      assertTrue(Files.size(reports.resolve(report)) > 0, report);
    }
  }

  @Test
  void everyNumberAScenarioCreatesIsDeletedAfterIt() throws Exception {
    List<Long> before = ids(simulator.baseUrl());

    Run run = run("conform", "--base-url", simulator.baseUrl(), "--tags", "@create and not @validation",
        "--report-dir", reports.toString());

    assertEquals(0, run.exitCode, run.out + run.err);
    assertEquals(before, ids(simulator.baseUrl()));
  }

  /**
   * A target that answers show with a broken body: the run fails, the summary names the scenario
   * and shows the exchange that broke it, and the numbers the failed scenarios created are gone.
   */
  @Test
  void aBrokenTargetFailsWithTheExchangeThatBrokeItAndIsCleanedUp() throws Exception {
    WireMockServer broken = new WireMockServer(options().dynamicPort());
    broken.start();
    try {
      broken.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(simulator.baseUrl())));
      broken.stubFor(get(urlPathMatching("/numbers/[0-9]+\\.json")).atPriority(1).willReturn(aResponse()
          .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"number\": {\"id\": \"five\"}}")));
      List<Long> before = ids(simulator.baseUrl());

      Run run = run("conform", "--base-url", broken.baseUrl(), "--tags", "@show and @mutating",
          "--report-dir", reports.toString());

      assertAll(
          () -> assertEquals(1, run.exitCode, run.out + run.err),
          () -> assertTrue(run.out.contains("\nConformance: 2 scenarios, 2 failed\n"), run.out),
          () -> assertTrue(run.out.contains("FAILED  Showing a number answers every documented field  (features/show.feature:"), run.out),
          () -> assertTrue(run.out.contains("breaks the contract"), run.out),
          () -> assertTrue(run.out.contains("/number/id"), run.out),
          () -> assertTrue(run.out.matches("(?s).*last exchange:\n    GET " + broken.baseUrl() + "/numbers/\\d+\\.json\n"
              + "    -> 200 application/json\n      \\{\"number\": \\{\"id\": \"five\"}}\n.*"), run.out),
          () -> assertEquals(before, ids(simulator.baseUrl()), "the failed scenarios' numbers were deleted"));
    } finally {
      broken.stop();
    }
  }

  private static List<Long> ids(String baseUrl) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/numbers.json")).build(), HttpResponse.BodyHandlers.ofString());
    List<Long> ids = new ArrayList<>();
    new ObjectMapper().readTree(response.body()).forEach(item -> ids.add(item.path("number").path("id").asLong()));
    return ids;
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
