package io.numberstoolkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request schema walked into its fields and objects, read from the packaged schemas/*.schema.json
 * with every {@code $ref} followed. The fuzzer mutates what this finds, so a field added to a
 * schema is fuzzed without touching the fuzzer. Paths are property names from the root, with
 * {@code *} for "any item of this array" ({@code number.timers_attributes.*.seconds}).
 */
final class SchemaModel {
  /** One property: the JSON types and constraints that make a value of it valid. */
  record Field(
      List<String> path,
      Set<String> types,
      List<JsonNode> enumValues,
      Integer minLength,
      Long minimum,
      String pattern,
      Set<String> dependentRequired) {

    String name() {
      return path.get(path.size() - 1);
    }

    /** A string field whose every string is valid: what huge and unusual text may go into. */
    boolean isFreeText() {
      return types.equals(Set.of("string")) && enumValues.isEmpty() && minLength == null && pattern == null;
    }

    boolean accepts(String jsonType) {
      if (!enumValues.isEmpty()) {
        return false; // an enum names its values; no value of another kind is one of them
      }
      return types.contains(jsonType) || (jsonType.equals("integer") && types.contains("number"));
    }
  }

  /** An object: the properties it names, the ones it requires, and whether it is closed. */
  record ObjectShape(List<String> path, Set<String> properties, Set<String> required,
      Set<String> requiredWithoutId, boolean closed) {}

  private final Map<String, JsonNode> documents = new HashMap<>();
  private final List<Field> fields = new ArrayList<>();
  private final List<ObjectShape> objects = new ArrayList<>();

  private SchemaModel() {}

  static SchemaModel of(Schema schema) {
    SchemaModel model = new SchemaModel();
    JsonNode root = model.document(schema.fileName());
    model.walkObject(List.of(), model.merged(schema.fileName(), root));
    return model;
  }

  List<Field> fields() {
    return fields;
  }

  List<ObjectShape> objects() {
    return objects;
  }

  // ---- walking

  private record Resolved(String file, ObjectNode keywords) {}

  private void walkObject(List<String> path, Resolved object) {
    ObjectNode keywords = object.keywords();
    Set<String> required = names(keywords.get("required"));
    Set<String> requiredWithoutId = new LinkedHashSet<>();
    if (keywords.has("else")) {
      requiredWithoutId.addAll(names(keywords.get("else").get("required")));
    }
    JsonNode properties = keywords.path("properties");
    boolean closed = keywords.has("additionalProperties") && keywords.get("additionalProperties").isBoolean()
        && !keywords.get("additionalProperties").asBoolean();
    Set<String> names = new LinkedHashSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    objects.add(new ObjectShape(path, names, required, requiredWithoutId, closed));

    Map<String, Set<String>> dependencies = new HashMap<>();
    keywords.path("dependentRequired").fields()
        .forEachRemaining(e -> dependencies.put(e.getKey(), names(e.getValue())));
    for (String name : names) {
      List<String> fieldPath = append(path, name);
      Resolved field = merged(object.file(), properties.get(name));
      ObjectNode k = field.keywords();
      List<JsonNode> enumValues = new ArrayList<>();
      k.path("enum").forEach(enumValues::add);
      fields.add(new Field(
          fieldPath, types(k, enumValues), enumValues,
          k.has("minLength") ? k.get("minLength").asInt() : null,
          k.has("minimum") ? k.get("minimum").asLong() : null,
          k.has("pattern") ? k.get("pattern").asText() : null,
          dependencies.getOrDefault(name, Set.of())));
      if (k.has("properties")) {
        walkObject(fieldPath, field);
      }
      if (k.has("items")) {
        Resolved items = merged(field.file(), k.get("items"));
        if (items.keywords().has("properties")) {
          walkObject(append(fieldPath, "*"), items);
        }
      }
    }
  }

  private static Set<String> types(ObjectNode keywords, List<JsonNode> enumValues) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = keywords.get("type");
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    } else {
      for (JsonNode value : enumValues) {
        types.add(value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.getNodeType().name().toLowerCase());
      }
    }
    return types;
  }

  /** A schema node with its {@code $ref} chain and allOf folded in; the node's own keywords win, {@code required} adds up. */
  private Resolved merged(String file, JsonNode node) {
    ObjectNode result = Answers.JSON.createObjectNode();
    String resolvedFile = file;
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      int hash = ref.indexOf('#');
      String targetFile = hash == 0 ? file : ref.substring(0, hash < 0 ? ref.length() : hash);
      String pointer = hash < 0 ? "" : ref.substring(hash + 1);
      JsonNode target = document(targetFile).at(pointer);
      if (target.isMissingNode()) {
        throw new IllegalStateException("unresolvable $ref " + ref + " in " + file);
      }
      Resolved inner = merged(targetFile, target);
      result.setAll(inner.keywords());
      resolvedFile = inner.file();
    }
    // An allOf of one reference is how a schema adds a requirement to another (create-request's number).
    for (JsonNode part : node.path("allOf")) {
      Resolved inner = merged(file, part);
      result.setAll(inner.keywords());
      resolvedFile = inner.file();
    }
    Set<String> required = names(result.get("required"));
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("$ref") && !e.getKey().equals("allOf")) {
        result.set(e.getKey(), e.getValue());
      }
    }
    required.addAll(names(node.get("required")));
    if (!required.isEmpty()) {
      var list = result.putArray("required");
      required.forEach(list::add);
    }
    // Properties of a node that only adds keywords to a $ref keep the file they were written in.
    return new Resolved(node.has("properties") ? file : resolvedFile, result);
  }

  private JsonNode document(String file) {
    return documents.computeIfAbsent(file, name -> {
      try (InputStream in = SchemaModel.class.getClassLoader().getResourceAsStream("schemas/" + name)) {
        if (in == null) {
          throw new IllegalStateException("schemas/" + name + " is not on the classpath");
        }
        return Answers.JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new LinkedHashSet<>();
    if (array != null) {
      array.forEach(n -> names.add(n.asText()));
    }
    return names;
  }

  private static List<String> append(List<String> path, String name) {
    List<String> longer = new ArrayList<>(path);
    longer.add(name);
    return List.copyOf(longer);
  }
}
