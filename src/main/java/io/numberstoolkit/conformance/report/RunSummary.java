package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.Printable;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.RunLedger;
import io.numberstoolkit.conformance.client.ScenarioRecord;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text summary of a run (console and summary.txt): the counts, what ran against what, then
 * one block per distinct cause of failure (its first scenario with the error and the HTTP exchange
 * that broke it, API key masked, and a bounded list of the others), the known failures, the
 * scenarios not run with their reasons, and the known-failures entries that can go.
 */
public final class RunSummary {
  /** How the error of a scenario that was not run at all begins. */
  public static final String NOT_RUN = "not run: ";

  /** How many scenarios a group or a reason names besides its first; failed.txt lists them all. */
  static final int NAMED = 5;

  private static final int BODY_LIMIT = 1200;

  private RunSummary() {}

  public static String render(Verdict verdict, RunLedger ledger, ReportContext context) {
    StringBuilder out = new StringBuilder(counts(verdict)).append('\n');
    out.append("  target ").append(context.target()).append(", tags ").append(context.selection())
        .append(", numbers-toolkit ").append(context.version()).append('\n');
    List<FailureGroup> groups = verdict.newGroups();
    for (int i = 0; i < groups.size(); i++) {
      group(out, groups.get(i), "CAUSE " + (i + 1) + " of " + groups.size(), ledger);
    }
    known(out, verdict);
    notRun(out, verdict.notRun(), ledger);
    for (ScenarioRecord scenario : verdict.scenarios()) {
      for (String what : scenario.leftBehind()) {
        out.append("LEFT BEHIND by '").append(scenario.name()).append("': ").append(ledger.masked(what)).append('\n');
      }
    }
    return out.toString();
  }

  /** "Conformance: 130 scenarios, 16 passed, 114 failed", naming only the outcomes that occurred. */
  static String counts(Verdict verdict) {
    int total = verdict.scenarios().size();
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("passed", verdict.passed().size());
    counts.put("failed", verdict.newFailures().size());
    counts.put("known failures", verdict.knownFailed().size());
    counts.put("not run", verdict.notRun().size());
    StringBuilder line = new StringBuilder("Conformance: ").append(total).append(total == 1 ? " scenario" : " scenarios");
    counts.forEach((what, count) -> {
      if (count > 0) {
        line.append(", ").append(count).append(' ').append(what);
      }
    });
    int causes = verdict.newGroups().size();
    if (causes > 1) {
      line.append(" (").append(causes).append(" causes)");
    }
    return line.toString();
  }

  private static void group(StringBuilder out, FailureGroup group, String title, RunLedger ledger) {
    out.append('\n').append(title).append(": ").append(group.size()).append(group.size() == 1 ? " scenario: " : " scenarios: ")
        .append(ledger.masked(group.cause())).append('\n');
    ScenarioRecord first = group.first();
    out.append(first.status()).append("  ").append(first.name()).append("  (").append(first.location()).append(")\n");
    first.error().ifPresent(error -> out.append(indent(ledger.masked(firstLines(error, 12)), "  ")));
    breakingExchange(first).ifPresentOrElse(
        exchange -> out.append("  last exchange:\n").append(indent(ledger.masked(describe(exchange)), "    ")),
        () -> out.append("  (no HTTP exchange was sent)\n"));
    List<ScenarioRecord> others = group.scenarios().subList(1, group.size());
    if (!others.isEmpty()) {
      out.append("  also ").append(others.size()).append(" more:\n");
      named(out, others, "    ", "failed.txt and report.html list them all");
    }
  }

  private static void known(StringBuilder out, Verdict verdict) {
    List<FailureGroup> known = verdict.knownGroups();
    if (!known.isEmpty()) {
      out.append("\nKNOWN FAILURES  ").append(verdict.knownFailed().size()).append(" (listed in ")
          .append(verdict.knownFailures().source()).append("; they do not fail the run):\n");
      known.forEach(group -> out.append("  ").append(group.size()).append(" × ").append(group.cause()).append('\n'));
    }
    List<String> fixed = verdict.fixed();
    if (!fixed.isEmpty()) {
      out.append("\nFIXED  ").append(fixed.size()).append(" listed in ").append(verdict.knownFailures().source())
          .append(" passed: remove ").append(fixed.size() == 1 ? "its line" : "their lines").append('\n');
      fixed.forEach(name -> out.append("  ").append(name).append('\n'));
    }
    List<String> unmatched = verdict.unmatched();
    if (!unmatched.isEmpty()) {
      out.append("\nUNMATCHED  ").append(unmatched.size()).append(" listed in ").append(verdict.knownFailures().source())
          .append(" matched no failure of this run (not selected, not run, or renamed):\n");
      unmatched.forEach(entry -> out.append("  ").append(entry).append('\n'));
    }
  }

  private static void notRun(StringBuilder out, List<ScenarioRecord> notRun, RunLedger ledger) {
    if (notRun.isEmpty()) {
      return;
    }
    Map<String, List<ScenarioRecord>> byReason = new LinkedHashMap<>();
    notRun.forEach(s -> byReason.computeIfAbsent(Outcome.reason(s), reason -> new java.util.ArrayList<>()).add(s));
    byReason.forEach((reason, scenarios) -> {
      out.append("\nNOT RUN  ").append(scenarios.size()).append(scenarios.size() == 1 ? " scenario: " : " scenarios: ")
          .append(ledger.masked(reason)).append('\n');
      named(out, scenarios, "  ", "report.html lists them all");
    });
  }

  private static void named(StringBuilder out, List<ScenarioRecord> scenarios, String prefix, String whereAll) {
    scenarios.stream().limit(NAMED)
        .forEach(s -> out.append(prefix).append(s.name()).append("  (").append(s.location()).append(")\n"));
    if (scenarios.size() > NAMED) {
      out.append(prefix).append("and ").append(scenarios.size() - NAMED).append(" more (").append(whereAll).append(")\n");
    }
  }

  /** The exchange that broke a scenario: its last own one. */
  static java.util.Optional<Exchange> breakingExchange(ScenarioRecord scenario) {
    List<Exchange> own = scenario.ownExchanges();
    return own.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(own.get(own.size() - 1));
  }

  /** An exchange as a person reads it: request line, request body, status, response body. */
  public static String describe(Exchange exchange) {
    StringBuilder out = new StringBuilder();
    out.append(exchange.method()).append(' ').append(exchange.url()).append('\n');
    if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
      out.append(indent((exchange.requestContentType() == null ? "" : exchange.requestContentType() + " ")
          + truncate(exchange.requestBody()), "  "));
    }
    if (!exchange.answered()) {
      return out.append("-> ").append(exchange.failure()).append('\n').toString();
    }
    String type = exchange.header("Content-Type");
    out.append("-> ").append(exchange.status()).append(type == null ? "" : " " + type).append('\n');
    if (exchange.hasBody()) {
      out.append(indent(truncate(exchange.responseBody()), "  "));
    }
    return out.toString();
  }

  static String truncate(String text) {
    return Printable.block(text, BODY_LIMIT);
  }

  private static String firstLines(String text, int lines) {
    String[] all = text.strip().split("\n");
    if (all.length <= lines) {
      return text.strip();
    }
    return String.join("\n", Arrays.copyOf(all, lines)) + "\n...";
  }

  private static String indent(String text, String prefix) {
    return prefix + text.strip().replace("\n", "\n" + prefix) + "\n";
  }
}
