package io.numberstoolkit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.client.BodyParser;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.ScenarioRecord;
import io.numberstoolkit.contract.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which choice the target made on each point the documents leave open, as its answers in this run
 * show it (shared/api/what-the-docs-leave-open.md, "OPEN", and the two timer shapes and two XML
 * media types the facts allow). A point no exchange showed is "not seen"; a target that answered
 * one point two ways is "mixed", with the counts, since a client cannot rely on either.
 */
public final class ImplementationProfile {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String NOT_SEEN = "not seen in this run";

  /** One open point: its key in profile.json, how the reports name it, and what an exchange shows of it. */
  private enum Point {
    CREATE_SUCCESS("create succeeds with", e -> success(e, Operation.CREATE)),
    UPDATE_SUCCESS("update succeeds with", e -> success(e, Operation.UPDATE)),
    DELETE_SUCCESS("delete succeeds with", e -> success(e, Operation.DELETE)),
    TIMERS("timers in JSON are", ImplementationProfile::timers),
    INVALID_INPUT("invalid input is refused with", ImplementationProfile::invalidInput),
    ERROR_BODY("an error body is", ImplementationProfile::errorBody),
    XML_MEDIA_TYPE("an XML answer is", ImplementationProfile::xmlMediaType);

    final String label;
    final Function<Exchange, Optional<String>> shows;

    Point(String label, Function<Exchange, Optional<String>> shows) {
      this.label = label;
      this.shows = shows;
    }

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Map<Point, Map<String, Integer>> seen = new LinkedHashMap<>();

  private ImplementationProfile() {
    for (Point point : Point.values()) {
      seen.put(point, new TreeMap<>());
    }
  }

  /** The profile the exchanges of the scenarios that ran show; skipped ones sent nothing. */
  public static ImplementationProfile of(List<ScenarioRecord> scenarios) {
    ImplementationProfile profile = new ImplementationProfile();
    for (ScenarioRecord scenario : scenarios) {
      for (Exchange exchange : scenario.ownExchanges()) {
        for (Point point : Point.values()) {
          point.shows.apply(exchange).ifPresent(value -> profile.seen.get(point).merge(value, 1, Integer::sum));
        }
      }
    }
    return profile;
  }

  /** The choice on one point, by its key in profile.json: the value seen, "mixed: ...", or {@link #NOT_SEEN}. */
  public String choice(String key) {
    return choice(Point.valueOf(key.toUpperCase(java.util.Locale.ROOT)));
  }

  private String choice(Point point) {
    Map<String, Integer> values = seen.get(point);
    if (values.isEmpty()) {
      return NOT_SEEN;
    }
    if (values.size() == 1) {
      return values.keySet().iterator().next();
    }
    return "mixed: " + values.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** The profile as rows of (what, choice, answers seen), in the reports' order. */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    seen.forEach((point, values) -> rows.add(List.of(point.label, choice(point),
        Integer.toString(values.values().stream().mapToInt(Integer::intValue).sum()))));
    return rows;
  }

  public String summary() {
    StringBuilder out = new StringBuilder("Implementation profile: the target's choices where the docs leave them open\n");
    rows().forEach(row -> out.append(String.format("  %-30s %s%n", row.get(0), row.get(1))));
    return out.toString();
  }

  public String json() {
    ObjectNode root = JSON.createObjectNode();
    seen.forEach((point, values) -> {
      ObjectNode entry = root.putObject(point.key());
      entry.put("question", point.label);
      entry.put("choice", choice(point));
      ObjectNode counts = entry.putObject("seen");
      values.forEach(counts::put);
    });
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static Optional<String> success(Exchange exchange, Operation operation) {
    if (exchange.operation().orElse(null) != operation || !exchange.successful()) {
      return Optional.empty();
    }
    return Optional.of(exchange.status() + (exchange.hasBody() ? " and a body" : " and no body"));
  }

  private static Optional<String> timers(Exchange exchange) {
    if (!exchange.successful() || !exchange.format().equals("json") || !exchange.hasBody()) {
      return Optional.empty();
    }
    return BodyParser.parse(exchange.responseBody(), "json").flatMap(body -> {
      for (JsonNode number : body.isArray() ? body : List.of(body)) {
        for (JsonNode timer : number.path("number").path("timers")) {
          return Optional.of(timer.has("timer") ? "wrapped {\"timer\": {...}}" : "bare {...}");
        }
      }
      return Optional.empty();
    });
  }

  /** Create and update requests with a well-formed JSON body that the target refused as 400 or 422. */
  private static Optional<String> invalidInput(Exchange exchange) {
    boolean write = exchange.operation().filter(o -> o == Operation.CREATE || o == Operation.UPDATE).isPresent();
    boolean wellFormed = "application/json".equals(exchange.requestContentType()) && exchange.requestBody() != null
        && BodyParser.parse(exchange.requestBody(), "json").isPresent();
    boolean refused = exchange.status() == 400 || exchange.status() == 422;
    return write && wellFormed && refused ? Optional.of(Integer.toString(exchange.status())) : Optional.empty();
  }

  /** The top level of a JSON error body, like {@code {"errors": [...]}}. */
  private static Optional<String> errorBody(Exchange exchange) {
    if (exchange.status() < 400 || exchange.status() >= 500 || !exchange.format().equals("json")) {
      return Optional.empty();
    }
    if (!exchange.hasBody()) {
      return Optional.of("no body");
    }
    return Optional.of(BodyParser.parse(exchange.responseBody(), "json").map(ImplementationProfile::shape)
        .orElse("not JSON"));
  }

  private static String shape(JsonNode body) {
    if (!body.isObject()) {
      return body.isArray() ? "[...]" : body.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
    List<String> fields = new ArrayList<>();
    body.fields().forEachRemaining(field -> fields.add("\"" + field.getKey() + "\": "
        + (field.getValue().isObject() ? "{...}" : field.getValue().isArray() ? "[...]" : "\"...\"")));
    return "{" + String.join(", ", fields) + "}";
  }

  private static Optional<String> xmlMediaType(Exchange exchange) {
    boolean xml = exchange.successful() && exchange.format().equals("xml") && exchange.hasBody();
    return xml ? Optional.of(exchange.mediaType()) : Optional.empty();
  }
}
