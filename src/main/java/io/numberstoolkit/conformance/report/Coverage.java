package io.numberstoolkit.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.ScenarioRecord;
import io.numberstoolkit.conformance.report.CoverageItem.Kind;
import io.numberstoolkit.contract.Operation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documented items the scenarios of a run exercised: a status some exchange got, a
 * parameter some request sent, a response field some answer carried (and so was checked against
 * its schema). Clean-up deletes and skipped scenarios count for nothing.
 *
 * <p>Where the docs allow alternatives, the one the target chose rules the others out: they are
 * not gaps of the selection, since no run against this target can produce them. That holds for the
 * other success status of create, update and delete, for every field of an operation the target
 * answers without a body (204), and for the timer shape (bare or wrapped) the target does not use.
 */
public final class Coverage {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRAPPED_TIMER = "number.timers[].timer";
  private static final String BARE_TIMER = "number.timers[].id";

  private final Map<CoverageItem, Set<String>> exercisedBy = new LinkedHashMap<>();
  private final Set<Operation> answeredWithoutBody = EnumSet.noneOf(Operation.class);
  private final Set<Operation> answeredWithBody = EnumSet.noneOf(Operation.class);

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
      if (exchange.successful()) {
        (exchange.hasBody() ? answeredWithBody : answeredWithoutBody).add(operation);
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

  private boolean exercised(CoverageItem item) {
    return !exercisedBy.getOrDefault(item, Set.of()).isEmpty();
  }

  /** Why the target's own choices rule an item out, or empty when some run against it could exercise it. */
  Optional<String> ruledOut(CoverageItem item) {
    if (exercised(item)) {
      return Optional.empty();
    }
    Operation operation = item.operation();
    if (item.kind() == Kind.STATUS && operation.successStatuses().contains(Integer.parseInt(item.name()))) {
      return operation.successStatuses().stream()
          .filter(other -> exercised(new CoverageItem(operation, Kind.STATUS, Integer.toString(other))))
          .findFirst().map(other -> "the target answers a successful " + operation.label() + " with " + other);
    }
    if (item.kind() != Kind.FIELD) {
      return Optional.empty();
    }
    if (answeredWithoutBody.contains(operation) && !answeredWithBody.contains(operation)) {
      return Optional.of("the target answers a successful " + operation.label() + " without a body");
    }
    boolean wrapped = item.name().startsWith(WRAPPED_TIMER);
    boolean bare = !wrapped && item.name().startsWith("number.timers[].");
    if (wrapped && timersSeen(BARE_TIMER) && !timersSeen(WRAPPED_TIMER)) {
      return Optional.of("the target answers bare timers");
    }
    if (bare && timersSeen(WRAPPED_TIMER) && !timersSeen(BARE_TIMER)) {
      return Optional.of("the target answers wrapped timers");
    }
    return Optional.empty();
  }

  private boolean timersSeen(String field) {
    return exercisedBy.entrySet().stream()
        .anyMatch(e -> e.getKey().kind() == Kind.FIELD && e.getKey().name().equals(field) && !e.getValue().isEmpty());
  }

  /** The items no scenario exercised and the target's choices do not rule out: the selection's gaps. */
  public List<CoverageItem> unexercised() {
    return exercisedBy.keySet().stream().filter(i -> !exercised(i) && ruledOut(i).isEmpty()).toList();
  }

  /** "4 of 11" for an operation and kind: exercised of documented, the ruled-out ones not counted. */
  String count(Operation operation, Kind kind) {
    List<CoverageItem> items = exercisedBy.keySet().stream()
        .filter(i -> i.operation() == operation && i.kind() == kind && ruledOut(i).isEmpty()).toList();
    return items.stream().filter(this::exercised).count() + " of " + items.size();
  }

  /** The items left unchecked, one line per operation and kind: "create statuses 400, 401". */
  List<String> gaps() {
    List<CoverageItem> missing = unexercised();
    List<String> lines = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      for (Kind kind : Kind.values()) {
        List<String> names = missing.stream()
            .filter(i -> i.operation() == operation && i.kind() == kind).map(CoverageItem::name).toList();
        String counted = count(operation, kind);
        if (!names.isEmpty() && counted.startsWith("0 of ")) {
          lines.add(operation.label() + " " + kind.plural + ": all " + names.size());
        } else if (!names.isEmpty()) {
          lines.add(operation.label() + " " + kind.plural + ": " + String.join(", ", names));
        }
      }
    }
    return lines;
  }

  /** The items the target's choices rule out, one line per reason and operation. */
  List<String> ruledOutLines() {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    exercisedBy.keySet().forEach(item -> ruledOut(item).ifPresent(reason ->
        byReason.computeIfAbsent(item.operation().label() + " " + item.kind().plural + " (" + reason + ")",
            key -> new ArrayList<>()).add(item.name())));
    List<String> lines = new ArrayList<>();
    byReason.forEach((what, names) -> lines.add(what + ": " + String.join(", ", names)));
    return lines;
  }

  /** The console version: counts per operation and kind, then every item left unchecked. */
  public String summary() {
    StringBuilder out = new StringBuilder("Coverage of the documented API by the selected scenarios\n");
    table(out, "  %-8s %-12s %-14s %s%n");
    List<String> gaps = gaps();
    if (gaps.isEmpty()) {
      return out.append("  every documented item was exercised\n").toString();
    }
    out.append("Left unchecked by this selection (coverage.md says which alternatives the target rules out):\n");
    gaps.forEach(line -> out.append("  ").append(line).append('\n'));
    return out.toString();
  }

  private void table(StringBuilder out, String format) {
    out.append(String.format(format, "", "statuses", "parameters", "response fields"));
    for (Operation operation : Operation.values()) {
      out.append(String.format(format, operation.label(),
          count(operation, Kind.STATUS), count(operation, Kind.PARAMETER), count(operation, Kind.FIELD)));
    }
  }

  /** coverage.md: the summary a person reads; coverage.json has every item and who exercised it. */
  public String markdown() {
    StringBuilder out = new StringBuilder("# Coverage of the documented numbers API\n\n");
    out.append("Per operation, how many of the documented statuses, request parameters and response fields the"
        + " scenarios of this run exercised (got the status, sent the parameter, or received the field and checked"
        + " it against its schema). Alternatives the target's own choices rule out are not counted. Every item,"
        + " with the scenarios that exercised it, is in `coverage.json`.\n\n");
    out.append("| operation | statuses | parameters | response fields |\n|---|---|---|---|\n");
    for (Operation operation : Operation.values()) {
      out.append("| ").append(operation.label()).append(" | ").append(count(operation, Kind.STATUS)).append(" | ")
          .append(count(operation, Kind.PARAMETER)).append(" | ").append(count(operation, Kind.FIELD)).append(" |\n");
    }
    list(out, "Left unchecked by this selection", gaps());
    list(out, "Ruled out by the target's choices (no run against it can exercise them)", ruledOutLines());
    return out.toString();
  }

  private static void list(StringBuilder out, String title, List<String> lines) {
    out.append("\n## ").append(title).append("\n\n");
    if (lines.isEmpty()) {
      out.append("(none)\n");
    }
    lines.forEach(line -> out.append("- ").append(line.replace("|", "\\|")).append('\n'));
  }

  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode items = root.putArray("items");
    exercisedBy.forEach((item, by) -> {
      ObjectNode row = items.addObject();
      row.put("operation", item.operation().label());
      row.put("kind", item.kind().label);
      row.put("item", item.name());
      Optional<String> ruledOut = ruledOut(item);
      row.put("state", !by.isEmpty() ? "exercised" : ruledOut.isPresent() ? "ruled out" : "unchecked");
      ruledOut.ifPresent(reason -> row.put("ruledOutBecause", reason));
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
