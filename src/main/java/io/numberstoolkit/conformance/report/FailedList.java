package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.client.ScenarioRecord;

/**
 * failed.txt: the names of every scenario that failed in this run, new and known, in the
 * known-failures format: a team that accepts today's failures starts its list from it, and the
 * summary's groups stay short because this file names them all.
 */
final class FailedList {
  private FailedList() {}

  static String render(Verdict verdict, ReportContext context) {
    StringBuilder out = new StringBuilder("# The scenarios that failed against ").append(context.target())
        .append(" (tags ").append(context.selection()).append(").\n")
        .append("# Usable as conform --known-failures FILE: one scenario name a line, # starts a comment.\n");
    for (FailureGroup group : FailureGroup.of(verdict.scenarios().stream()
        .filter(s -> Outcome.of(s) == Outcome.FAILED).toList())) {
      out.append("\n# ").append(group.size()).append(" × ").append(group.cause().replace("\n", " ")).append('\n');
      group.scenarios().stream().map(ScenarioRecord::name).distinct().forEach(name -> out.append(name).append('\n'));
    }
    return out.toString();
  }
}
