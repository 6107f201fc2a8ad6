package io.numberstoolkit.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.SchemaField;
import io.numberstoolkit.conformance.SchemaFields;
import io.numberstoolkit.contract.ApiFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The negative checks, derived from a request schema: for every required parameter one request
 * without it, for every enumerated field one with a value outside its list, for every typed field
 * one with a value of another type. The features name each breakage in words ("afid is missing");
 * this class says what each does to a valid body, and a unit test keeps the features' tables and
 * the schemas in step.
 */
public final class Breakages {
  public static final String MISSING = "is missing";
  public static final String NOT_ALLOWED = "is not one of its values";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ROOT = "number";

  /**
   * A valid item for each nested array the docs define, so a breakage inside it has something
   * to break.
   */
  private static final Map<String, Map<String, Object>> NESTED_SEEDS = Map.of(
      "timers_attributes", Map.of("seconds", 0, "url", "http://tracker.example.com/negative-check"),
      "menu_options_attributes", Map.of("option", "1", "target_number", "+18885550123"));

  /**
   * The case in which a documented constraint holds, for a constraint the documents state for one
   * case only: "country: for Local numbers only" (facts page, Numbers). A create request breaks a
   * country on a Local number; a service may ignore a country on a Toll-free one.
   */
  private static final Map<String, Map<String, String>> ONLY_IN_CASE =
      Map.of("create-request/country", Map.of("type", ApiFacts.LOCAL));

  /**
   * What a number is bought with. The PUT section documents no parameters, so a service may drop
   * these from an update unread (as Rails strong parameters do) as long as the number stays as it
   * was; refusing them is the simulator's choice.
   */
  private static final Set<String> BOUGHT_WITH = Set.of("type", "desired_text", "country");

  /**
   * One way to break a request.
   *
   * @param field the path below {@code number}, e.g. {@code timers_attributes[].seconds}; {@code
   *     number} for the envelope itself
   * @param breakage what is wrong with it, as the features say it
   * @param documented whether the docs themselves make this a broken request (a missing required
   *     parameter, a value outside a documented list) rather than the simulator's strictness (a
   *     value of another type, which a lenient service might convert)
   * @param mayBeIgnored whether a faithful service may acknowledge the request and leave the
   *     number as it was instead of rejecting it
   * @param inCase the other attributes the request sends so that the constraint holds at all
   */
  public record Breakage(String field, String breakage, boolean documented, SchemaField schemaField,
      boolean mayBeIgnored, Map<String, String> inCase) {
    /** How the features say the request must end: "is rejected", or "is rejected or ignored". */
    public String verdict() {
      return mayBeIgnored ? "is rejected or ignored" : "is rejected";
    }

    /** Breaks a valid request body in place. */
    public void applyTo(ObjectNode body) {
      inCase.forEach(((ObjectNode) body.get(ROOT))::put);
      String[] segments = schemaField.path().split("\\.");
      JsonNode container = body;
      for (int i = 0; i < segments.length - 1; i++) {
        container = step((ObjectNode) container, segments[i]);
      }
      String leaf = segments[segments.length - 1];
      ObjectNode parent = (ObjectNode) container;
      if (leaf.endsWith("[]")) {
        leaf = leaf.substring(0, leaf.length() - 2);
      }
      switch (breakage) {
        case MISSING -> parent.remove(leaf);
        case NOT_ALLOWED -> parent.set(leaf, outsideList(schemaField));
        default -> parent.set(leaf, wrongType(schemaField.types()));
      }
    }

    @Override
    public String toString() {
      return field + " " + breakage;
    }
  }

  private Breakages() {}

  /** Every breakage of {@code schemas/NAME.schema.json}, in schema order. */
  public static List<Breakage> of(String schemaName) {
    List<Breakage> breakages = new ArrayList<>();
    for (SchemaField field : SchemaFields.of(schemaName)) {
      if (!field.path().equals(ROOT) && !field.path().startsWith(ROOT + ".")) {
        continue; // api_key and company_id: authentication.feature checks those
      }
      String name = field.path().equals(ROOT) ? ROOT : field.path().substring(ROOT.length() + 1);
      Map<String, String> inCase = ONLY_IN_CASE.getOrDefault(schemaName + "/" + name, Map.of());
      if (field.required()) {
        breakages.add(new Breakage(name, MISSING, true, field, false, inCase));
      }
      if (field.enumerated() && schemaName.equals("update-request") && BOUGHT_WITH.contains(name)) {
        breakages.add(new Breakage(name, NOT_ALLOWED, true, field, true, inCase));
        breakages.add(new Breakage(name, NOT_ALLOWED, false, field, false, inCase));
      } else if (field.enumerated()) {
        breakages.add(new Breakage(name, NOT_ALLOWED, true, field, false, inCase));
      }
      if (field.typed() && !field.enumerated()) {
        breakages.add(new Breakage(name, "is not " + article(primaryType(field.types())), false, field, false, inCase));
      }
    }
    return breakages;
  }

  /** The breakage a feature names, failing when the schema does not define it. */
  public static Breakage find(String schemaName, String field, String breakage) {
    return of(schemaName).stream()
        .filter(b -> b.field().equals(field) && b.breakage().equals(breakage))
        .filter(b -> !b.mayBeIgnored()) // the same request; only the verdict differs
        .findFirst()
        .orElseThrow(() -> new AssertionError("schemas/" + schemaName + ".schema.json defines no breakage '"
            + field + " " + breakage + "'; the feature and the schema have drifted apart"));
  }

  /** Walks one path segment into a body, creating the object or the seeded array item on the way. */
  private static JsonNode step(ObjectNode container, String segment) {
    if (segment.endsWith("[]")) {
      String name = segment.substring(0, segment.length() - 2);
      JsonNode existing = container.get(name);
      ArrayNode array = existing instanceof ArrayNode a ? a : container.putArray(name);
      if (array.isEmpty()) {
        array.add(seed(name));
      }
      return array.get(0);
    }
    JsonNode existing = container.get(segment);
    return existing instanceof ObjectNode object ? object : container.putObject(segment);
  }

  private static ObjectNode seed(String arrayName) {
    ObjectNode item = NODES.objectNode();
    NESTED_SEEDS.getOrDefault(arrayName, Map.of()).forEach((key, value) ->
        item.set(key, value instanceof Integer i ? NODES.numberNode(i) : NODES.textNode(value.toString())));
    return item;
  }

  private static JsonNode outsideList(SchemaField field) {
    boolean textual = field.allowed().stream().allMatch(JsonNode::isTextual);
    return textual ? NODES.textNode("not-one-of-its-values") : NODES.numberNode(987654);
  }

  private static JsonNode wrongType(Set<String> types) {
    if (!types.contains("integer") && !types.contains("number")) {
      return NODES.numberNode(12345);
    }
    if (!types.contains("string")) {
      return NODES.textNode("twelve");
    }
    return types.contains("object") ? NODES.arrayNode() : NODES.objectNode();
  }

  private static String primaryType(Set<String> types) {
    return types.stream().filter(t -> !t.equals("null")).findFirst().orElse("null");
  }

  private static String article(String type) {
    return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }
}
