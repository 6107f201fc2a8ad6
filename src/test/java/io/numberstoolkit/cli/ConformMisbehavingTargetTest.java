package io.numberstoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.conformance.targets.MisbehavingTarget.Behaviour;
import io.numberstoolkit.conformance.targets.MisbehavingTarget.Misbehaviour;
import io.numberstoolkit.conformance.targets.MisbehavingTarget;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conform} against targets that misbehave below the API: they hang, close or reset the
 * connection, answer HTML, garbage or something that is not HTTP, or answer slowly. Each run must
 * end within a bound that follows from its timeouts, print no stack trace, and say what was sent
 * and what came back.
 *
 * <p>A target that fails the reachability check (one clear line, exit 2) is also checked past it:
 * there it answers the probe {@code GET /numbers.json} properly and misbehaves on the rest, and
 * the scenario that met the misbehaviour fails (exit 1).
 */
class ConformMisbehavingTargetTest {
  /**
   * Short enough to keep the runs short; long enough for a busy two-core machine to take in the
   * answers that come at once (the probe's, for one).
   */
  private static final int READ_MS = 2000;

  private static final int CONNECT_MS = 2000;

  /** The reachability check waits at most 5 s for the answer, whatever the read timeout. */
  private static final Duration LONGEST_PROBE = Duration.ofMillis(CONNECT_MS).plusSeconds(5);

  /** What a run may take beyond its timeouts: Cucumber starting cold, a busy machine. */
  private static final Duration SLACK = Duration.ofSeconds(45);

  /** One request that meets the misbehaviour: show a number that does not exist (GET /numbers/ID.json). */
  private static final String SHOW = "@show and @readonly";

  private static final String SHOW_SCENARIO =
      "FAILED  A number that does not exist is not found  (features/show.feature:";

  /** One request, the same as the probe's: list the numbers (GET /numbers.json). */
  private static final String LIST = "@list and @readonly";

  private static final String LIST_SCENARIO = "FAILED  The list answers a page of numbers  (features/list.feature:";

  private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

  @TempDir Path reports;
  private final List<AutoCloseable> targets = new ArrayList<>();

  @AfterEach
  void closeTargets() throws Exception {
    for (AutoCloseable target : targets) {
      target.close();
    }
  }

  @Nested
  class ATargetThatNeverAnswers {
    @Test
    void failsTheReachabilityCheckInOneLine() throws Exception {
      MisbehavingTarget target = everywhere(Misbehaviour.silence());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertUsageError("conform: cannot reach " + target.baseUrl()
          + " (GET /numbers.json: no answer within " + READ_MS + " ms (read timeout))\n");
      run.assertWithin(requests(1));
    }

    @Test
    void pastTheCheckFailsTheRequestAtTheReadTimeout() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.silence());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertFailed(SHOW_SCENARIO, exchange(target, "no answer within " + READ_MS + " ms \\(read timeout\\)"));
      run.assertWithin(requests(2));
    }
  }

  @Nested
  class ATargetThatClosesTheConnection {
    @Test
    void failsTheReachabilityCheckInOneLine() throws Exception {
      MisbehavingTarget target = everywhere(Misbehaviour.closeAtOnce());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertUsageError("conform: cannot reach " + target.baseUrl()
          + " (GET /numbers.json: the target closed the connection without answering)\n");
      assertEquals(1, target.requests(), "the suite never retries a request");
    }

    @Test
    void pastTheCheckFailsTheRequestSayingSo() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.closeAtOnce());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertFailed(SHOW_SCENARIO, exchange(target, "the target closed the connection without answering"));
      assertEquals(2, target.requests(), "the probe and the one request, neither retried");
      run.assertWithin(requests(2));
    }

    @Test
    void orResetsItSayingSo() throws Exception {
      MisbehavingTarget everywhere = everywhere(Misbehaviour.resetAtOnce());
      MisbehavingTarget pastTheProbe = pastTheProbe(Misbehaviour.resetAtOnce());

      Run refused = conform(everywhere.baseUrl(), SHOW);
      Run failed = conform(pastTheProbe.baseUrl(), SHOW);

      refused.assertUsageError("conform: cannot reach " + everywhere.baseUrl()
          + " (GET /numbers.json: the target reset the connection without answering)\n");
      failed.assertFailed(SHOW_SCENARIO, exchange(pastTheProbe, "the target reset the connection without answering"));
    }
  }

  @Nested
  class ATargetThatDoesNotAnswerHttp {
    @Test
    void failsTheReachabilityCheckInOneLine() throws Exception {
      MisbehavingTarget target = everywhere(Misbehaviour.notHttp());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertUsageError("conform: cannot reach " + target.baseUrl()
          + " (GET /numbers.json: the answer is not HTTP: its first line is not an HTTP status line)\n");
    }
  }

  @Nested
  class ATargetThatAnswersSomethingElseThanJson {
    @Test
    void anHtmlPageFailsShowingItsStart() throws Exception {
      MisbehavingTarget target = everywhere(Misbehaviour.htmlPage());

      Run run = conform(target.baseUrl(), LIST);

      run.assertFailed(LIST_SCENARIO,
          "the answer to GET " + Pattern.quote(target.baseUrl() + "/numbers.json") + " breaks the contract:\n"
              + "    - answered text/html where application/json was expected: "
              + Pattern.quote("<!DOCTYPE html> <html><head><title>Welcome</title></head><body><h1>It works!</h1…") + "\n",
          "last exchange:\n    GET " + Pattern.quote(target.baseUrl()) + "/numbers.json\n"
              + "    -> 200 text/html; charset=utf-8\n      <!DOCTYPE html>");
    }

    @Test
    void randomBytesFailAsNotJsonAndAreShownEscaped() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.randomBytes());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertFailed(SHOW_SCENARIO,
          "the answer to GET " + Pattern.quote(target.baseUrl()) + "/numbers/\\d+\\.json breaks the contract:\n"
              + "    - the body is not valid JSON at line 1, column 1 \\([^\n]+\\): [^\n]*\\\\x[0-9a-f]{2}",
          "-> 200 application/json\n      \\(not text: \\d+ characters\\) [^\n]+…\n");
      assertFalse(Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f]").matcher(run.out).find(),
          "no control character reaches the terminal:\n" + run.out);
    }

    @Test
    void truncatedJsonFailsSayingWhere() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.truncatedJson());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertFailed(SHOW_SCENARIO, "    - the body is not valid JSON at line 1, column 30 "
          + "\\(Unexpected end-of-input[^\n]*\\): " + Pattern.quote("{\"number\": {\"id\": 5, \"phone_n") + "\n");
    }

    @Test
    void aWrongContentTypeFailsNamingIt() throws Exception {
      MisbehavingTarget target = everywhere(Misbehaviour.wrongContentType());

      Run run = conform(target.baseUrl(), LIST);

      run.assertFailed(LIST_SCENARIO, "    - a \\.json answer must be application/json, not text/plain\n",
          "-> 200 text/plain\n      \\[\\]\n");
    }

    @Test
    void aBodyShorterThanItsContentLengthFailsCountingTheBytes() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.shortBody());

      Run run = conform(target.baseUrl(), SHOW);

      run.assertFailed(SHOW_SCENARIO, exchange(target,
          "answered 200 application/json but closed the connection after 20 of the 100 bytes its Content-Length announced"));
    }
  }

  @Nested
  class ASlowTarget {
    @Test
    void slowerThanTheReadTimeoutFailsAtIt() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.after(10_000, Misbehaviour.json("{}")));

      Run run = conform(target.baseUrl(), SHOW);

      run.assertFailed(SHOW_SCENARIO, exchange(target, "no answer within " + READ_MS + " ms \\(read timeout\\)"));
      run.assertWithin(requests(2));
    }

    /** Each byte comes well within the read timeout; the whole answer would take twenty minutes. */
    @Test
    void dribblingTheBodyIsCutOffAtTheReadTimeout() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.dribble(50));

      Run run = conform(target.baseUrl(), SHOW);

      run.assertFailed(SHOW_SCENARIO, exchange(target,
          "answered 200 application/json but the body did not finish within " + READ_MS + " ms \\(read timeout\\)"));
      run.assertWithin(requests(2));
    }

    @Test
    void slowButWithinTheTimeoutPassesOnContent() throws Exception {
      Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).latency(READ_MS / 2).build());
      targets.add(simulator::stop);

      Run run = conform(simulator.baseUrl(), SHOW + " or " + LIST, "--read-timeout-ms", "10000");

      assertEquals(0, run.exitCode, run.out + run.err);
      assertTrue(run.out.contains("\nConformance: 2 scenarios, 2 passed\n"), run.out);
    }

    @Test
    void slowButWithinTheTimeoutFailsOnContentNotOnTime() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.after(READ_MS / 2, Misbehaviour.htmlPage()));

      Run run = conform(target.baseUrl(), SHOW, "--read-timeout-ms", "10000");

      run.assertFailed(SHOW_SCENARIO, "    - answered text/html where application/json was expected: <!DOCTYPE html>");
      assertFalse(run.out.contains("within"), run.out);
    }
  }

  @Nested
  class ARunDeadline {
    /** The simulator would pass every one of them, only slowly. */
    @Test
    void stopsSendingAndNamesTheScenariosNotRun() throws Exception {
      Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).latency(300).build());
      targets.add(simulator::stop);

      Run run = conform(simulator.baseUrl(), "@readonly", "--read-timeout-ms", "10000", "--max-run-seconds", "1");

      assertAll(
          () -> assertEquals(3, run.exitCode, "not run is not failed, nor passed\n" + run.out + run.err),
          () -> assertTrue(Pattern.compile("\nNOT RUN  \\d+ scenarios: the run reached its deadline "
              + "\\(--max-run-seconds 1\\)\n  \\S.*\\(features/\\w.*\n").matcher(run.out).find(), run.out),
          () -> assertEquals(0, count("\nFAILED  ", run.out), "a request the deadline cut off is not run either\n" + run.out),
          () -> run.assertNoStackTrace());
      run.assertWithin(Duration.ofSeconds(1).plus(LONGEST_PROBE));
    }

    @Test
    void cutsOffARequestInFlight() throws Exception {
      MisbehavingTarget target = pastTheProbe(Misbehaviour.dribble(50));

      Run run = conform(target.baseUrl(), SHOW, "--read-timeout-ms", "60000", "--max-run-seconds", "1");

      assertEquals(3, run.exitCode, run.out + run.err);
      assertTrue(Pattern.compile("\nNOT RUN  1 scenario: cut off: GET " + Pattern.quote(target.baseUrl())
          + "/numbers/\\d+\\.json: answered 200 application/json but the body did not finish"
          + " before the run reached its deadline \\(--max-run-seconds 1\\)\n").matcher(run.out).find(), run.out);
      run.assertWithin(Duration.ofSeconds(1).plus(LONGEST_PROBE));
    }
  }

  // ---- helpers

  private MisbehavingTarget everywhere(Behaviour behaviour) throws Exception {
    MisbehavingTarget target = MisbehavingTarget.everywhere(behaviour);
    targets.add(target);
    return target;
  }

  private MisbehavingTarget pastTheProbe(Behaviour behaviour) throws Exception {
    MisbehavingTarget target = MisbehavingTarget.pastTheProbe(behaviour);
    targets.add(target);
    return target;
  }

  private static long count(String pattern, String text) {
    return Pattern.compile(pattern).matcher(text).results().count();
  }

  /** The longest {@code count} requests may take at these timeouts. */
  private static Duration requests(int count) {
    return Duration.ofMillis((long) count * (CONNECT_MS + READ_MS));
  }

  /** The failure line and the summary's last exchange for a request that got no complete answer. */
  private static String[] exchange(MisbehavingTarget target, String failure) {
    String request = "GET " + Pattern.quote(target.baseUrl()) + "/numbers/\\d+\\.json";
    return new String[] {
      "\n  " + request + ": " + failure + "\n",
      "last exchange:\n    " + request + "\n    -> " + failure + "\n"
    };
  }

  /** Runs conform with these timeouts, unless {@code options} (name, value, ...) set others. */
  private Run conform(String baseUrl, String tags, String... options) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("--connect-timeout-ms", Integer.toString(CONNECT_MS));
    settings.put("--read-timeout-ms", Integer.toString(READ_MS));
    for (int i = 0; i < options.length; i += 2) {
      settings.put(options[i], options[i + 1]);
    }
    List<String> args = new ArrayList<>(List.of("conform", "--base-url", baseUrl, "--tags", tags,
        "--report-dir", reports.toString()));
    settings.forEach((name, value) -> args.addAll(List.of(name, value)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long start = System.nanoTime();
    int exitCode = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args.toArray(String[]::new));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String summary = out.toString().replaceFirst("(?s)Coverage of the documented API.*", "");
    System.out.printf("conform %s --tags '%s': exit %d in %d ms%n%s%s%n", baseUrl, tags, exitCode, took.toMillis(),
        summary.indent(2), err.toString().indent(2));
    return new Run(exitCode, out.toString(), err.toString(), took);
  }

  private record Run(int exitCode, String out, String err, Duration took) {
    void assertUsageError(String line) {
      assertAll(
          () -> assertEquals(2, exitCode, out + err),
          () -> assertEquals(line, err),
          () -> assertEquals("", out));
    }

    /** Exit 1, the scenario named, and each pattern found in the summary. */
    void assertFailed(String scenario, String... patterns) {
      assertEquals(1, exitCode, out + err);
      assertTrue(out.contains("\nConformance: 1 scenario, 1 failed\n"), out);
      assertTrue(out.contains(scenario), "names the scenario:\n" + out);
      for (String pattern : patterns) {
        assertTrue(Pattern.compile(pattern).matcher(out).find(), "expected /" + pattern + "/ in:\n" + out);
      }
      assertNoStackTrace();
      assertEquals("", err);
    }

    void assertNoStackTrace() {
      assertFalse(STACK_FRAME.matcher(out + err).find(), "a stack trace:\n" + out + err);
      assertFalse((out + err).contains("Exception"), "an exception's name:\n" + out + err);
    }

    /** Finished within {@code timeouts} (what its requests may take) and some slack for the rest. */
    void assertWithin(Duration timeouts) {
      Duration bound = timeouts.plus(SLACK);
      assertTrue(took.compareTo(bound) < 0, "took " + took.toMillis() + " ms, more than " + bound.toMillis() + " ms");
    }
  }
}
