package io.numberstoolkit.conformance.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.cli.Main;
import io.numberstoolkit.conformance.targets.RewritingProxy;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conform} over real HTTP, read the way a CI owner reads it: against the simulator and
 * against a target whose {@code toll_free} is a string, the console, report.html, summary.txt,
 * failed.txt, profile.json and the coverage files say what ran, what broke (once per cause), what
 * did not run, what the target chose on the open points, and --known-failures decides the exit code.
 */
class ActionableResultsTest {
  private static final String API_KEY = "results-check-key";
  private static final String TOLL_FREE = "/number/toll_free: must be boolean, not string";
  private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path reports;
  private final List<AutoCloseable> running = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : running) {
      closeable.close();
    }
  }

  @Test
  void againstTheSimulatorTheReportsSayWhatRanWhatDidNotAndWhatTheTargetChose() throws Exception {
    Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build());
    running.add(simulator::stop);

    Run run = conform(simulator.baseUrl(), "@documented");

    String html = read("report.html");
    JsonNode profile = JSON.readTree(read("profile.json"));
    String coverage = read("coverage.md");
    JsonNode coverageDetail = JSON.readTree(read("coverage.json"));
    assertAll(
        () -> assertEquals(0, run.exitCode, "skipped scenarios do not fail the run\n" + run.out + run.err),
        () -> assertTrue(run.out.indexOf("  Show a number: ") < run.out.indexOf("\nConformance: "),
            "a line per feature comes before the summary:\n" + run.out),
        () -> assertTrue(run.out.contains("\nNOT RUN  "), run.out),
        () -> assertTrue(run.out.contains(" scenarios: no API key is configured for the target (--api-key)\n"), run.out),
        () -> assertFalse(run.out.contains("FAILED"), run.out),
        () -> assertEquals("201 and a body", profile.path("create_success").path("choice").asText()),
        () -> assertEquals("200 and a body", profile.path("update_success").path("choice").asText()),
        () -> assertEquals("204 and no body", profile.path("delete_success").path("choice").asText()),
        () -> assertEquals("wrapped {\"timer\": {...}}", profile.path("timers").path("choice").asText()),
        () -> assertEquals("422", profile.path("invalid_input").path("choice").asText()),
        () -> assertEquals("{\"error\": {...}}", profile.path("error_body").path("choice").asText()),
        () -> assertEquals("text/xml", profile.path("xml_media_type").path("choice").asText()),
        () -> assertTrue(run.out.contains("  create succeeds with           201 and a body\n"), run.out),
        () -> assertTrue(html.contains("<h1>Conformance of <code>" + simulator.baseUrl() + "</code></h1>"), html),
        () -> assertTrue(html.contains("<td><code>@documented</code></td>"), html),
        () -> assertTrue(html.contains("numbers-toolkit " + ToolkitVersion.get()) && !ToolkitVersion.get().equals("dev"), html),
        () -> assertTrue(html.contains("PASSED (exit 0)"), html),
        () -> assertTrue(html.contains("no API key is configured for the target (--api-key)"), html),
        () -> assertTrue(html.contains("<strong>Show a number</strong>"), "features by title:\n" + html),
        () -> assertFalse(html.contains("features/show.feature"), "no file paths where nothing failed:\n" + html),
        () -> assertFalse(STACK_FRAME.matcher(html).find() || html.contains("Exception"), "a stack trace:\n" + html),
        () -> assertTrue(html.contains("<td><code>201 and a body</code></td>"), "the profile:\n" + html),
        () -> assertTrue(coverage.length() < 8_000, "coverage.md is a summary: " + coverage.length() + " characters"),
        () -> assertTrue(coverage.contains("\n| create | "), coverage),
        () -> assertTrue(coverage.contains("- create statuses (the target answers a successful create with 201): 200\n"),
            "the alternative the target cannot produce is not a gap:\n" + coverage),
        () -> assertFalse(coverage.contains("Left unchecked by this selection\n\n- create statuses: 200"), coverage),
        () -> assertTrue(exercisedBy(coverageDetail, "create", "status", "201").size() > 1, "coverage.json has the detail"));
  }

  @Test
  void aBrokenFieldIsOneCauseWithItsExchangeInPlainView() throws Exception {
    Run run = conform(tollFreeAsString(), "@documented", "--api-key", API_KEY, "--company-id", "1");

    String summary = read("summary.txt");
    String html = read("report.html");
    List<String> failed = failedTxt();
    assertAll(
        () -> assertEquals(1, run.exitCode, run.out + run.err),
        () -> assertTrue(Pattern.compile("\nCAUSE 1 of 1: \\d+ scenarios: " + Pattern.quote(TOLL_FREE) + "\n")
            .matcher(run.out).find(), run.out),
        () -> assertEquals(1, count("\nFAILED  ", summary), "one group shows one scenario in full:\n" + summary),
        () -> assertTrue(summary.length() < 6_000, "summary.txt is " + summary.length() + " characters:\n" + summary),
        () -> assertTrue(failed.size() > 20, "failed.txt names every failed scenario: " + failed),
        () -> assertTrue(html.contains(" scenarios failed, of 1 cause</p>"), html),
        () -> assertTrue(html.contains("<span class=\"cause\">" + TOLL_FREE + "</span>"), html),
        () -> assertTrue(Pattern.compile("<pre class=\"exchange\">(GET|POST|PUT|DELETE) http://127\\.0\\.0\\.1:\\d+/numbers")
            .matcher(html).find(), "the request line in plain view:\n" + html),
        () -> assertTrue(Pattern.compile("\n→ 20[01]\n(.+\n)*Content-type: application/json", Pattern.CASE_INSENSITIVE)
            .matcher(html).find(), "the status and headers:\n" + html),
        () -> assertTrue(html.contains("&quot;toll_free&quot;:&quot;"), "the body:\n" + html),
        () -> assertFalse(html.contains(API_KEY) || summary.contains(API_KEY), "the API key is masked"));
  }

  @Test
  void knownFailuresDoNotFailTheRunNewOnesDoAndFixedOnesAreReported() throws Exception {
    String target = tollFreeAsString();
    Path byCause = known("# toll_free is a string: ticket 123", TOLL_FREE);
    Path byName = known("Showing a number answers every documented field", "A number that does not exist is not found");

    Run known = conform(target, "@show", "--known-failures", byCause.toString(), "--api-key", API_KEY, "--company-id", "1");
    String knownHtml = read("report.html");
    Run oneNew = conform(target, "@show", "--known-failures", byName.toString(), "--api-key", API_KEY, "--company-id", "1");
    Run unreadable = conform(target, "@show", "--known-failures", reports.resolve("missing.txt").toString(), "--api-key", API_KEY, "--company-id", "1");

    assertAll(
        () -> assertEquals(0, known.exitCode, known.out + known.err),
        () -> assertTrue(knownHtml.contains("PASSED (exit 0): only the 2 known failures failed"), knownHtml),
        () -> assertTrue(known.out.contains("\nKNOWN FAILURES  2 (listed in " + byCause + "; they do not fail the run):\n"
            + "  2 × " + TOLL_FREE + "\n"), known.out),
        () -> assertEquals(1, oneNew.exitCode, oneNew.out + oneNew.err),
        () -> assertTrue(oneNew.out.contains("\nFAILED  A number with settings of its own shows them  ("), oneNew.out),
        () -> assertTrue(oneNew.out.contains("\nFIXED  1 listed in " + byName + " passed: remove its line\n"
            + "  A number that does not exist is not found\n"), oneNew.out),
        () -> assertEquals(2, unreadable.exitCode),
        () -> assertTrue(unreadable.err.startsWith("conform: --known-failures " + reports.resolve("missing.txt")
            + " cannot be read"), unreadable.err));
  }

  /** The simulator behind a proxy that answers toll_free as "true" / "false". */
  private String tollFreeAsString() throws Exception {
    Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).apiKey(API_KEY, 1L).build());
    running.add(simulator::stop);
    RewritingProxy proxy = RewritingProxy.start(simulator.baseUrl(), (request, upstream) -> {
      RewritingProxy.Reply reply = upstream.send(request);
      return reply.withBody(reply.text().replaceAll("\"toll_free\":(true|false)", "\"toll_free\":\"$1\""));
    });
    running.add(proxy);
    return proxy.baseUrl();
  }

  private Path known(String... lines) throws IOException {
    Path file = Files.createTempFile(reports, "known-failures", ".txt");
    return Files.writeString(file, String.join("\n", lines) + "\n");
  }

  private List<String> failedTxt() throws IOException {
    return Files.readAllLines(reports.resolve("failed.txt")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
  }

  private static List<String> exercisedBy(JsonNode coverage, String operation, String kind, String item) {
    List<String> by = new ArrayList<>();
    coverage.path("items").forEach(row -> {
      if (row.path("operation").asText().equals(operation) && row.path("kind").asText().equals(kind)
          && row.path("item").asText().equals(item)) {
        row.path("exercisedBy").forEach(name -> by.add(name.asText()));
      }
    });
    return by;
  }

  private String read(String report) throws IOException {
    return Files.readString(reports.resolve(report));
  }

  private static long count(String text, String in) {
    return Pattern.compile(Pattern.quote(text)).matcher(in).results().count();
  }

  private record Run(int exitCode, String out, String err) {}

  private Run conform(String baseUrl, String tags, String... options) {
    List<String> args = new ArrayList<>(List.of("conform", "--base-url", baseUrl, "--tags", tags,
        "--report-dir", reports.toString()));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args.toArray(String[]::new));
    return new Run(exitCode, out.toString(), err.toString());
  }
}
