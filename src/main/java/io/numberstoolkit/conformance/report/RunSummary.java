package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.Printable;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.RunLedger;
import io.numberstoolkit.conformance.client.ScenarioRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console summary of a run: counts by result, then each failed scenario with its error and
 * the HTTP exchange that broke it (its last own exchange), with the API key masked. Scenarios not
 * run because the run reached its deadline are named together, once.
 */
public final class RunSummary {
  /** How the error of a scenario that was not run at all begins. */
  public static final String NOT_RUN = "not run: ";

  private static final int BODY_LIMIT = 1200;
  private static final int NOT_RUN_NAMED = 10;

  private RunSummary() {}

  public static String render(RunLedger ledger) {
    List<ScenarioRecord> scenarios = ledger.scenarios();
    Map<String, Integer> byStatus = new TreeMap<>();
    scenarios.forEach(s -> byStatus.merge(s.status().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
    StringBuilder out = new StringBuilder("Conformance: ").append(scenarios.size())
        .append(scenarios.size() == 1 ? " scenario" : " scenarios");
    byStatus.forEach((status, count) -> out.append(", ").append(count).append(' ').append(status));
    out.append('\n');
    List<ScenarioRecord> notRun = new ArrayList<>();
    for (ScenarioRecord scenario : scenarios) {
      if (scenario.failed() && scenario.error().filter(e -> e.startsWith(NOT_RUN)).isPresent()) {
        notRun.add(scenario);
      } else if (scenario.failed()) {
        failure(out, scenario, ledger);
      }
    }
    if (!notRun.isEmpty()) {
      notRun(out, notRun);
    }
    for (ScenarioRecord scenario : scenarios) {
      for (String what : scenario.leftBehind()) {
        out.append("LEFT BEHIND by '").append(scenario.name()).append("': ").append(ledger.masked(what)).append('\n');
      }
    }
    return out.toString();
  }

  private static void failure(StringBuilder out, ScenarioRecord scenario, RunLedger ledger) {
    out.append('\n').append(scenario.status()).append("  ").append(scenario.name())
        .append("  (").append(scenario.location()).append(")\n");
    scenario.error().ifPresent(error -> out.append(indent(ledger.masked(firstLines(error, 12)), "  ")).append('\n'));
    List<Exchange> own = scenario.ownExchanges();
    if (own.isEmpty()) {
      out.append("  (no HTTP exchange was sent)\n");
      return;
    }
    out.append("  last exchange:\n").append(indent(ledger.masked(describe(own.get(own.size() - 1))), "    "));
  }

  private static void notRun(StringBuilder out, List<ScenarioRecord> notRun) {
    String reason = notRun.get(0).error().orElseThrow().substring(NOT_RUN.length());
    out.append("\nNOT RUN  ").append(notRun.size()).append(notRun.size() == 1 ? " scenario: " : " scenarios: ")
        .append(reason).append('\n');
    notRun.stream().limit(NOT_RUN_NAMED)
        .forEach(s -> out.append("  ").append(s.name()).append("  (").append(s.location()).append(")\n"));
    if (notRun.size() > NOT_RUN_NAMED) {
      out.append("  and ").append(notRun.size() - NOT_RUN_NAMED).append(" more\n");
    }
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

  private static String truncate(String text) {
    return Printable.block(text, BODY_LIMIT);
  }

  private static String firstLines(String text, int lines) {
    String[] all = text.strip().split("\n");
    if (all.length <= lines) {
      return text.strip();
    }
    return String.join("\n", java.util.Arrays.copyOf(all, lines)) + "\n...";
  }

  private static String indent(String text, String prefix) {
    return prefix + text.strip().replace("\n", "\n" + prefix) + "\n";
  }
}
