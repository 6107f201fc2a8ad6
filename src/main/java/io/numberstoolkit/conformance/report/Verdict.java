package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.client.ScenarioRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run comes to, read against the known failures: the new failures (which fail the run),
 * the known ones (which do not), the scenarios not run (never failures), and the list's entries
 * that a passing scenario shows fixed or that nothing in the run met, so the list shrinks.
 */
public final class Verdict {
  private final List<ScenarioRecord> scenarios;
  private final KnownFailures knownFailures;
  private final List<ScenarioRecord> passed = new ArrayList<>();
  private final List<ScenarioRecord> newFailures = new ArrayList<>();
  private final List<ScenarioRecord> knownFailed = new ArrayList<>();
  private final List<ScenarioRecord> notRun = new ArrayList<>();

  private Verdict(List<ScenarioRecord> scenarios, KnownFailures knownFailures) {
    this.scenarios = List.copyOf(scenarios);
    this.knownFailures = knownFailures;
    for (ScenarioRecord scenario : scenarios) {
      switch (Outcome.of(scenario)) {
        case PASSED -> passed.add(scenario);
        case NOT_RUN -> notRun.add(scenario);
        case FAILED -> (knownFailures.covers(scenario.name(), FailureGroup.causeOf(scenario)) ? knownFailed : newFailures)
            .add(scenario);
      }
    }
  }

  public static Verdict of(List<ScenarioRecord> scenarios, KnownFailures knownFailures) {
    return new Verdict(scenarios, knownFailures);
  }

  public List<ScenarioRecord> scenarios() {
    return scenarios;
  }

  public List<ScenarioRecord> passed() {
    return passed;
  }

  /** Failures the known-failures list does not name: these fail the run. */
  public List<ScenarioRecord> newFailures() {
    return newFailures;
  }

  public List<ScenarioRecord> knownFailed() {
    return knownFailed;
  }

  public List<ScenarioRecord> notRun() {
    return notRun;
  }

  public List<FailureGroup> newGroups() {
    return FailureGroup.of(newFailures);
  }

  public List<FailureGroup> knownGroups() {
    return FailureGroup.of(knownFailed);
  }

  /** Some scenario did not run for a reason other than a skip the suite chose: the verdict is partial. */
  public boolean incomplete() {
    return notRun.stream().anyMatch(Outcome::leavesVerdictIncomplete);
  }

  public KnownFailures knownFailures() {
    return knownFailures;
  }

  /** Listed scenarios that passed in this run: their lines can go. */
  public List<String> fixed() {
    Set<String> passing = passed.stream().map(ScenarioRecord::name).collect(Collectors.toSet());
    return knownFailures.entries().stream().filter(passing::contains).toList();
  }

  /** Listed entries that no failure of this run matched and no passing scenario shows fixed. */
  public List<String> unmatched() {
    Set<String> met = new java.util.HashSet<>();
    knownFailed.forEach(scenario -> {
      met.add(scenario.name());
      met.add(FailureGroup.causeOf(scenario));
    });
    List<String> fixed = fixed();
    return knownFailures.entries().stream().filter(entry -> !met.contains(entry) && !fixed.contains(entry)).toList();
  }
}
