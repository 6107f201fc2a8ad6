package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.client.ScenarioRecord;

/**
 * How a scenario ended, as the verdict counts it. A scenario that did not run is not a failure:
 * it was skipped (the suite decided so, e.g. no API key was given), the run reached its deadline
 * before it or cut off its request in flight, or a step of it has no single definition (a defect
 * of the suite, not of the target).
 */
public enum Outcome {
  PASSED,
  FAILED,
  NOT_RUN;

  private static final String RUN_DEADLINE = "the run reached its deadline (--max-run-seconds";

  public static Outcome of(ScenarioRecord scenario) {
    return switch (scenario.status()) {
      case "PASSED" -> PASSED;
      case "FAILED" -> deadline(scenario) ? NOT_RUN : FAILED;
      default -> NOT_RUN;
    };
  }

  /**
   * Whether a scenario not run leaves the verdict incomplete: every reason but a skip the suite
   * chose, which is part of the selection (a skipped scenario says why, and giving what it lacks
   * runs it).
   */
  public static boolean leavesVerdictIncomplete(ScenarioRecord scenario) {
    return of(scenario) == NOT_RUN && !scenario.status().equals("SKIPPED");
  }

  /** Why a scenario did not run, in one line. */
  public static String reason(ScenarioRecord scenario) {
    return switch (scenario.status()) {
      case "FAILED" -> scenario.error().filter(e -> e.startsWith(RunSummary.NOT_RUN))
          .map(e -> e.substring(RunSummary.NOT_RUN.length()).strip())
          .orElseGet(() -> "cut off: " + firstLine(scenario));
      case "SKIPPED" -> scenario.error().map(e -> e.strip().lines().findFirst().orElse(""))
          .map(e -> e.replaceFirst("^skipped: ", "")).filter(e -> !e.isEmpty()).orElse("skipped");
      case "UNDEFINED" -> "a step has no definition (a defect of the suite)";
      case "PENDING" -> "a step is pending (a defect of the suite)";
      case "AMBIGUOUS" -> "a step matches more than one definition (a defect of the suite)";
      default -> "not run (" + scenario.status().toLowerCase(java.util.Locale.ROOT) + ")";
    };
  }

  /**
   * Not started, or its request cut off, because the run reached its deadline: the words are
   * Timeouts#runDeadlineReached's, which every message about the run's deadline carries.
   */
  private static boolean deadline(ScenarioRecord scenario) {
    return scenario.error().filter(e -> e.startsWith(RunSummary.NOT_RUN)).isPresent()
        || firstLine(scenario).contains(RUN_DEADLINE);
  }

  private static String firstLine(ScenarioRecord scenario) {
    return scenario.error().map(e -> e.strip().lines().findFirst().orElse("")).orElse("");
  }
}
