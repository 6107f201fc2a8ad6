package io.numberstoolkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Mutations of a valid request body derived from its schema ({@link SchemaModel}): {@link
 * #invalid} breaks exactly one rule the schema states (so the request must be refused), {@link
 * #unusual} puts odd but schema-valid values into fields (so it may succeed).
 */
final class SchemaMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A mutated body; {@code rawToken} stands where the tree holds {@link EncodedBody#RAW}. */
  record Mutated(ObjectNode body, String description, byte[] rawToken) {}

  private final SchemaModel model;
  private final SplittableRandom random;
  private final UnusualText text;
  private final boolean hugeValidArrays;

  /**
   * {@code hugeValidArrays}: whether {@link #unusual} may fill arrays with thousands of valid
   * items. Worth it for creates, whose numbers the test deletes at once; an update would leave
   * its number that large and slow every later state check.
   */
  SchemaMutations(SchemaModel model, SplittableRandom random, boolean hugeValidArrays) {
    this.model = model;
    this.random = random;
    this.text = new UnusualText(random);
    this.hugeValidArrays = hugeValidArrays;
  }

  /** The base with one schema rule broken; also says which field. */
  Mutated invalid(ObjectNode base) {
    for (int attempt = 0; attempt < 100; attempt++) {
      ObjectNode body = base.deepCopy();
      String done = switch (random.nextInt(10)) {
        case 0, 1, 2 -> wrongType(body);
        case 9 -> hugeArrayWithOneBadItem(body);
        case 3 -> nullValue(body);
        case 4 -> outsideEnum(body);
        case 5 -> belowLimits(body);
        case 6 -> missingRequired(body);
        case 7 -> extraProperty(body);
        default -> brokenDependency(body);
      };
      if (done != null) {
        return new Mutated(body, done, null);
      }
    }
    throw new IllegalStateException("no invalid mutation applies to " + base);
  }

  /** The base with a schema-valid but unusual value: huge, exotic or raw text, a huge number or array. */
  Mutated unusual(ObjectNode base) {
    ObjectNode body = base.deepCopy();
    if (hugeValidArrays && random.nextInt(8) == 0) {
      SchemaModel.Field field = anyArray();
      ArrayNode array = hugeCopies(body, field);
      return new Mutated(body, "huge array (" + array.size() + " items) at " + field.path(), null);
    }
    if (random.nextInt(4) == 0) {
      List<SchemaModel.Field> integers =
          model.fields().stream().filter(f -> f.types().equals(Set.of("integer")) && f.minimum() != null).toList();
      SchemaModel.Field field = integers.get(random.nextInt(integers.size()));
      BigInteger big = switch (random.nextInt(3)) {
        case 0 -> new BigInteger("99999999999999999999");
        case 1 -> BigInteger.valueOf(Long.MAX_VALUE);
        default -> BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE);
      };
      parentOf(body, field.path()).set(field.name(), NODES.numberNode(big));
      return new Mutated(body, "huge integer " + big + " at " + field.path(), null);
    }
    List<SchemaModel.Field> free = model.fields().stream().filter(SchemaModel.Field::isFreeText).toList();
    SchemaModel.Field field = free.get(random.nextInt(free.size()));
    UnusualText.Value value = text.next();
    parentOf(body, field.path()).put(field.name(), value.raw() != null ? EncodedBody.RAW : value.text());
    return new Mutated(body, value.description() + " at " + field.path(), value.raw());
  }

  // ---- one broken rule each; null when the rule does not apply to the field drawn

  private String wrongType(ObjectNode body) {
    SchemaModel.Field field = anyField();
    List<JsonNode> wrong = new ArrayList<>();
    if (!field.accepts("string") && field.enumValues().isEmpty()) {
      wrong.add(NODES.textNode("five"));
    }
    if (!field.enumValues().isEmpty()) {
      wrong.add(NODES.numberNode(5));
    }
    for (String type : List.of("integer", "number", "boolean", "array", "object")) {
      if (!field.accepts(type)) {
        wrong.add(sample(type));
      }
    }
    if (wrong.isEmpty()) {
      return null;
    }
    JsonNode value = wrong.get(random.nextInt(wrong.size()));
    parentOf(body, field.path()).set(field.name(), value);
    return "wrong type " + value + " at " + field.path() + " (schema: " + field.types() + ")";
  }

  private String hugeArrayWithOneBadItem(ObjectNode body) {
    SchemaModel.Field field = anyArray();
    ArrayNode array = hugeCopies(body, field);
    array.insert(random.nextInt(array.size() + 1), "not an item");
    return "huge array (" + array.size() + " items) with one string item at " + field.path();
  }

  private SchemaModel.Field anyArray() {
    List<SchemaModel.Field> arrays = model.fields().stream().filter(f -> f.types().equals(Set.of("array"))).toList();
    return arrays.get(random.nextInt(arrays.size()));
  }

  /** The array field filled with thousands of copies of its first item (made if missing). */
  private ArrayNode hugeCopies(ObjectNode body, SchemaModel.Field field) {
    ObjectNode parent = parentOf(body, field.path());
    JsonNode first = parent.path(field.name()).path(0);
    if (first.isMissingNode()) {
      first = NODES.objectNode();
    }
    ArrayNode array = parent.putArray(field.name());
    int size = 300 + random.nextInt(1_200);
    for (int i = 0; i < size; i++) {
      array.add(first.deepCopy());
    }
    return array;
  }

  private String nullValue(ObjectNode body) {
    SchemaModel.Field field = anyField();
    if (field.types().contains("null")) {
      return null;
    }
    parentOf(body, field.path()).putNull(field.name());
    return "null at " + field.path();
  }

  private String outsideEnum(ObjectNode body) {
    List<SchemaModel.Field> enums = model.fields().stream().filter(f -> !f.enumValues().isEmpty()).toList();
    SchemaModel.Field field = enums.get(random.nextInt(enums.size()));
    String first = field.enumValues().get(random.nextInt(field.enumValues().size())).asText();
    List<String> candidates = List.of(
        first.toLowerCase(), first.toUpperCase(), " " + first, first + " ", first + first, "", "nope",
        "\u0661", first.replace('-', '_'), first + "\u200b");
    List<String> outside = candidates.stream()
        .filter(c -> field.enumValues().stream().noneMatch(v -> v.asText().equals(c))).toList();
    String value = outside.get(random.nextInt(outside.size()));
    parentOf(body, field.path()).put(field.name(), value);
    return "value '" + value + "' outside the enum at " + field.path();
  }

  private String belowLimits(ObjectNode body) {
    SchemaModel.Field field = anyField();
    if (field.minLength() != null && field.minLength() > 0) {
      parentOf(body, field.path()).put(field.name(), "");
      return "empty string at " + field.path() + " (minLength " + field.minLength() + ")";
    }
    if (field.minimum() != null) {
      long value = random.nextBoolean() ? field.minimum() - 1 : Long.MIN_VALUE;
      parentOf(body, field.path()).put(field.name(), value);
      return value + " below the minimum " + field.minimum() + " at " + field.path();
    }
    if (field.pattern() != null) {
      Pattern pattern = Pattern.compile(field.pattern());
      List<String> candidates = List.of("abc", "+0", "12345678", "===", "+1 647 931 1232",
          "\u0661\u0662\u0663", "A", "-7", "AAA=", "+16479311232x");
      List<String> misses = candidates.stream().filter(c -> !pattern.matcher(c).find()).toList();
      String value = misses.get(random.nextInt(misses.size()));
      parentOf(body, field.path()).put(field.name(), value);
      return "'" + value + "' not matching " + field.pattern() + " at " + field.path();
    }
    return null;
  }

  private String missingRequired(ObjectNode body) {
    List<SchemaModel.ObjectShape> shapes = model.objects().stream()
        .filter(o -> !o.required().isEmpty() || !o.requiredWithoutId().isEmpty()).toList();
    SchemaModel.ObjectShape shape = shapes.get(random.nextInt(shapes.size()));
    List<String> names = new ArrayList<>(shape.required());
    names.addAll(shape.requiredWithoutId()); // the base's nested items have no id
    String name = names.get(random.nextInt(names.size()));
    ObjectNode object = objectAt(body, shape.path());
    object.remove("id");
    object.remove(name);
    return "required " + name + " missing at " + shape.path();
  }

  private String extraProperty(ObjectNode body) {
    List<SchemaModel.ObjectShape> closed = model.objects().stream().filter(SchemaModel.ObjectShape::closed).toList();
    SchemaModel.ObjectShape shape = closed.get(random.nextInt(closed.size()));
    List<String> names = List.of("bogus", "AFID", "afid_", "__proto__", "constructor", "x".repeat(300),
        "\u0430fid", "", " ", "timers", "id", "api-key", "number_");
    List<String> extra = names.stream().filter(n -> !shape.properties().contains(n)).toList();
    String name = extra.get(random.nextInt(extra.size()));
    objectAt(body, shape.path()).put(name, random.nextBoolean() ? "x" : "1");
    return "extra property '" + EscapedText.of(name, 40) + "' at " + shape.path();
  }

  private String brokenDependency(ObjectNode body) {
    List<SchemaModel.Field> dependent = model.fields().stream().filter(f -> !f.dependentRequired().isEmpty()).toList();
    if (dependent.isEmpty()) {
      return null;
    }
    SchemaModel.Field field = dependent.get(random.nextInt(dependent.size()));
    ObjectNode parent = parentOf(body, field.path());
    parent.put(field.name(), field.pattern() != null ? "AAAA" : "memo.flac");
    field.dependentRequired().forEach(parent::remove);
    return field.path() + " without " + field.dependentRequired();
  }

  // ---- navigation

  private SchemaModel.Field anyField() {
    return model.fields().get(random.nextInt(model.fields().size()));
  }

  private JsonNode sample(String type) {
    return switch (type) {
      case "integer" -> NODES.numberNode(5);
      case "number" -> NODES.numberNode(1.5);
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> NODES.arrayNode().add("x");
      default -> NODES.objectNode().put("k", "v");
    };
  }

  /** The object that holds the last name of {@code path}, made on the way if missing. */
  private ObjectNode parentOf(ObjectNode root, List<String> path) {
    return objectAt(root, path.subList(0, path.size() - 1));
  }

  /** The object at {@code path}; {@code *} picks an existing item (or makes one). */
  private ObjectNode objectAt(ObjectNode root, List<String> path) {
    JsonNode node = root;
    for (int i = 0; i < path.size(); i++) {
      String name = path.get(i);
      boolean arrayNext = i + 1 < path.size() && path.get(i + 1).equals("*");
      if (name.equals("*")) {
        continue;
      }
      ObjectNode object = (ObjectNode) node;
      JsonNode child = object.get(name);
      if (arrayNext) {
        ArrayNode array = child instanceof ArrayNode a ? a : object.putArray(name);
        List<ObjectNode> items = new ArrayList<>();
        array.forEach(item -> {
          if (item instanceof ObjectNode o) {
            items.add(o);
          }
        });
        node = items.isEmpty() ? array.addObject() : items.get(random.nextInt(items.size()));
      } else {
        node = child instanceof ObjectNode o ? o : object.putObject(name);
      }
    }
    return (ObjectNode) node;
  }

  /** Text no schema rule refuses but a server may choke on. */
  static final class UnusualText {
    record Value(String text, byte[] raw, String description) {}

    private final SplittableRandom random;

    UnusualText(SplittableRandom random) {
      this.random = random;
    }

    Value next() {
      return switch (random.nextInt(8)) {
        case 0, 1 -> {
          int length = 5_000 + random.nextInt(250_000);
          StringBuilder huge = new StringBuilder(length);
          for (int i = 0; i < length; i++) {
            huge.append((char) ('a' + random.nextInt(26)));
          }
          yield new Value(huge.toString(), null, "huge string (" + length + " chars)");
        }
        case 2 -> new Value("\u0645\u0631\u062d\u0628\u0627 \u4f60\u597d \ud83d\udcde\ud83c\udff3\ufe0f\u200d\ud83c\udf08 e\u0301 \u202eevil",
            null, "unicode (RTL override, emoji ZWJ sequence, combining accent, CJK)");
        case 3 -> new Value("tab\there nul\u0000 bell\u0007 esc\u001b del\u007f", null, "control characters");
        case 4 -> new Value("non-characters \ufffe\uffff and BOM \ufeff", null, "Unicode non-characters");
        case 5 -> new Value(null, "\"lone \\ud800 surrogate\"".getBytes(StandardCharsets.UTF_8),
            "a lone surrogate escape");
        case 6 -> new Value(null, new byte[] {'"', 'b', 'a', 'd', ' ', (byte) 0xC3, 0x28, ' ', (byte) 0xFF, '"'},
            "bytes that are not UTF-8");
        default -> new Value("  ", null, "whitespace only");
      };
    }
  }
}
