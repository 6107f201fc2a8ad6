package io.numberstoolkit.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.ScenarioRecord;
import io.numberstoolkit.conformance.report.CoverageItem.Kind;
import io.numberstoolkit.contract.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documented items the scenarios of a run exercised: a status some exchange got, a
 * parameter some request sent, a response field some answer carried (and so was checked against
 * its schema). Clean-up deletes and skipped scenarios count for nothing.
 */
public final class Coverage {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<CoverageItem, Set<String>> exercisedBy = new LinkedHashMap<>();

  private Coverage() {}

  public static Coverage of(List<CoverageItem> model, List<ScenarioRecord> scenarios) {
    Coverage coverage = new Coverage();
    model.forEach(item -> coverage.exercisedBy.put(item, new TreeSet<>()));
    for (ScenarioRecord scenario : scenarios) {
      if (scenario.status().equals("SKIPPED")) {
        continue;
      }
      for (Exchange exchange : scenario.ownExchanges()) {
        coverage.mark(exchange, scenario.name());
      }
    }
    return coverage;
  }

  /** Marks what an exchange exercised; one off the six endpoints exercises nothing documented. */
  private void mark(Exchange exchange, String scenario) {
    exchange.operation().ifPresent(operation -> {
      if (exchange.answered()) {
        mark(new CoverageItem(operation, Kind.STATUS, Integer.toString(exchange.status())), scenario);
      }
      ExchangeCoverage.parameters(exchange).forEach(p -> mark(new CoverageItem(operation, Kind.PARAMETER, p), scenario));
      ExchangeCoverage.fields(exchange).forEach(f -> mark(new CoverageItem(operation, Kind.FIELD, f), scenario));
    });
  }

  private void mark(CoverageItem item, String scenario) {
    Set<String> by = exercisedBy.get(item);
    if (by != null) {
      by.add(scenario);
    }
  }

  public List<CoverageItem> unexercised() {
    return exercisedBy.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  /** The console version: counts per operation and kind, then every item left unchecked. */
  public String summary() {
    StringBuilder out = new StringBuilder("Coverage of the documented API by the selected scenarios\n");
    out.append(String.format("  %-8s %-12s %-14s %s%n", "", "statuses", "parameters", "response fields"));
    for (Operation operation : Operation.values()) {
      out.append(String.format("  %-8s %-12s %-14s %s%n", operation.label(),
          count(operation, Kind.STATUS), count(operation, Kind.PARAMETER), count(operation, Kind.FIELD)));
    }
    List<CoverageItem> missing = unexercised();
    if (missing.isEmpty()) {
      return out.append("  every documented item was exercised\n").toString();
    }
    out.append("Left unchecked by this selection:\n");
    for (Operation operation : Operation.values()) {
      for (Kind kind : Kind.values()) {
        List<String> names = missing.stream()
            .filter(i -> i.operation() == operation && i.kind() == kind).map(CoverageItem::name).toList();
        if (!names.isEmpty()) {
          out.append(String.format("  %-7s %-10s %s%n", operation.label(), kind.plural, String.join(", ", names)));
        }
      }
    }
    return out.toString();
  }

  private String count(Operation operation, Kind kind) {
    long total = exercisedBy.keySet().stream().filter(i -> i.operation() == operation && i.kind() == kind).count();
    long done = exercisedBy.entrySet().stream()
        .filter(e -> e.getKey().operation() == operation && e.getKey().kind() == kind && !e.getValue().isEmpty())
        .count();
    return done + " of " + total;
  }

  /** The full table, one row per item with the scenarios that exercised it. */
  public String markdown() {
    StringBuilder out = new StringBuilder("# Coverage of the documented numbers API\n\n");
    out.append("Each documented status, request parameter and response field per operation, with the"
        + " scenarios of this run that exercised it (got the status, sent the parameter, or received"
        + " the field and checked it against its schema). An empty cell is a gap in this selection.\n");
    for (Operation operation : Operation.values()) {
      out.append("\n## ").append(operation.label()).append("\n\n| kind | item | exercised by |\n|---|---|---|\n");
      exercisedBy.forEach((item, by) -> {
        if (item.operation() == operation) {
          out.append("| ").append(item.kind().label).append(" | `").append(item.name()).append("` | ")
              .append(String.join("; ", by).replace("|", "\\|")).append(" |\n");
        }
      });
    }
    return out.toString();
  }

  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode items = root.putArray("items");
    exercisedBy.forEach((item, by) -> {
      ObjectNode row = items.addObject();
      row.put("operation", item.operation().label());
      row.put("kind", item.kind().label);
      row.put("item", item.name());
      ArrayNode scenarios = row.putArray("exercisedBy");
      by.forEach(scenarios::add);
    });
    root.put("unexercised", unexercised().size());
    root.put("total", exercisedBy.size());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
