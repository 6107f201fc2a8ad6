package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.Exchange;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console summary of a run: counts by result, then each failed scenario with its error and
 * the HTTP exchange that broke it (its last own exchange), with the API key masked.
 */
public final class RunSummary {
  private static final int BODY_LIMIT = 1200;

  private RunSummary() {}

  public static String render(RunLedger ledger) {
    List<ScenarioRecord> scenarios = ledger.scenarios();
    Map<String, Integer> byStatus = new TreeMap<>();
    scenarios.forEach(s -> byStatus.merge(s.status().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
    StringBuilder out = new StringBuilder("Conformance: ").append(scenarios.size()).append(" scenarios");
    byStatus.forEach((status, count) -> out.append(", ").append(count).append(' ').append(status));
    out.append('\n');
    for (ScenarioRecord scenario : scenarios) {
      if (scenario.failed()) {
        failure(out, scenario, ledger);
      }
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

  /** An exchange as a person reads it: request line, request body, status, response body. */
  public static String describe(Exchange exchange) {
    StringBuilder out = new StringBuilder();
    out.append(exchange.method()).append(' ').append(exchange.url()).append('\n');
    if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
      out.append("  ").append(exchange.requestContentType() == null ? "" : exchange.requestContentType() + " ")
          .append(truncate(exchange.requestBody())).append('\n');
    }
    if (!exchange.answered()) {
      return out.append("-> no answer: ").append(exchange.failure()).append('\n').toString();
    }
    String type = exchange.header("Content-Type");
    out.append("-> ").append(exchange.status()).append(type == null ? "" : " " + type).append('\n');
    if (exchange.hasBody()) {
      out.append("  ").append(truncate(exchange.responseBody())).append('\n');
    }
    return out.toString();
  }

  private static String truncate(String text) {
    String flat = text.strip();
    return flat.length() <= BODY_LIMIT
        ? flat
        : flat.substring(0, BODY_LIMIT) + " ... (" + (flat.length() - BODY_LIMIT) + " more characters)";
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
