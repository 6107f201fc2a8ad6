package io.numberstoolkit.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.conformance.client.ScenarioRecord;
import io.numberstoolkit.conformance.report.KnownFailures;
import io.numberstoolkit.conformance.report.RunSummary;
import io.numberstoolkit.conformance.report.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exit code from the scenarios' results, for the outcomes no target can be made to produce
 * over HTTP (a step the suite does not define); the HTTP tests cover the rest.
 */
class ExitCodeTest {
  private static final byte CUCUMBER_FAILED = 1;

  @Test
  void aStepTheSuiteDoesNotDefineLeavesTheVerdictIncompleteNotFailed() {
    assertEquals(ConformanceRunner.INCOMPLETE, exit(KnownFailures.none(), scenario("a", "PASSED", null),
        scenario("b", "UNDEFINED", null)));
  }

  @Test
  void aSkipIsAPassAndANewFailureOutweighsScenariosNotRun() {
    assertEquals(ConformanceRunner.PASSED, exit(KnownFailures.none(), scenario("a", "PASSED", null),
        scenario("b", "SKIPPED", "skipped: no API key is configured for the target (--api-key)")));
    assertEquals(ConformanceRunner.FAILED, exit(KnownFailures.none(), scenario("a", "FAILED", "expected 404, got 200"),
        scenario("b", "FAILED", RunSummary.NOT_RUN + "the run reached its deadline (--max-run-seconds 1)")));
  }

  @Test
  void onlyKnownFailuresPass() {
    KnownFailures known = new KnownFailures("known.txt", List.of("a"));
    assertEquals(ConformanceRunner.PASSED, exit(known, scenario("a", "FAILED", "expected 404, got 200")));
    assertEquals(ConformanceRunner.FAILED, exit(known, scenario("a", "FAILED", "x"), scenario("b", "FAILED", "y")));
  }

  private static int exit(KnownFailures known, ScenarioRecord... scenarios) {
    return ConformanceRunner.exitCode(Verdict.of(List.of(scenarios), known), CUCUMBER_FAILED);
  }

  private static ScenarioRecord scenario(String name, String status, String error) {
    ScenarioRecord scenario = new ScenarioRecord();
    scenario.finished(name, "features/x.feature:1", status, error);
    return scenario;
  }
}
