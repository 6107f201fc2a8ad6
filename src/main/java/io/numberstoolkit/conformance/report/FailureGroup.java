package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.client.ScenarioRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Failed scenarios that share one {@link FailureCause}, in the order they failed. */
public record FailureGroup(String cause, List<ScenarioRecord> scenarios) {
  public FailureGroup {
    scenarios = List.copyOf(scenarios);
  }

  /** The cause of one failed scenario. */
  public static String causeOf(ScenarioRecord scenario) {
    return FailureCause.of(scenario.error().orElse("failed without a message"));
  }

  /** The failures grouped by cause: the biggest group first, then by first failure. */
  public static List<FailureGroup> of(List<ScenarioRecord> failed) {
    Map<String, List<ScenarioRecord>> byCause = new LinkedHashMap<>();
    failed.forEach(scenario -> byCause.computeIfAbsent(causeOf(scenario), cause -> new ArrayList<>()).add(scenario));
    List<FailureGroup> groups = new ArrayList<>();
    byCause.forEach((cause, scenarios) -> groups.add(new FailureGroup(cause, scenarios)));
    groups.sort(Comparator.comparingInt((FailureGroup group) -> group.scenarios.size()).reversed());
    return groups;
  }

  /** The scenario shown with its error and exchange. */
  public ScenarioRecord first() {
    return scenarios.get(0);
  }

  public int size() {
    return scenarios.size();
  }
}
