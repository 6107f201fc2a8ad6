package io.numberstoolkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The properties a contract schema defines, walked from the packaged {@code schemas/} folder
 * through {@code $ref}, {@code allOf}, {@code oneOf}/{@code anyOf} and array items. The coverage
 * table lists what to exercise from it, and the negative checks derive what to break from it, so
 * neither keeps its own copy of the contract.
 */
public final class SchemaFields {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
  private static final Map<String, List<SchemaField>> WALKED = new ConcurrentHashMap<>();

  private final Map<String, Builder> fields = new LinkedHashMap<>();
  private final Set<String> onPath = new HashSet<>();

  private SchemaFields() {}

  /** The fields of {@code schemas/NAME.schema.json}, e.g. {@code of("create-request")}. */
  public static List<SchemaField> of(String schemaName) {
    return WALKED.computeIfAbsent(schemaName, name -> {
      SchemaFields walker = new SchemaFields();
      String file = name + ".schema.json";
      walker.walk(document(file), document(file), file, "", false, Set.of());
      return walker.fields.values().stream().map(Builder::build).toList();
    });
  }

  /**
   * @param required names the enclosing schema requires of this same object: "required" may sit
   *     beside a {@code $ref} that brings the properties
   */
  private void walk(JsonNode schema, JsonNode document, String file, String path, boolean alternative,
      Set<String> required) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    Set<String> requiredHere = new HashSet<>(required);
    schema.path("required").forEach(name -> requiredHere.add(name.asText()));
    // A conditional requirement: the "else" branch of {"if": {"required": ["id"]}} is what holds
    // for a new nested item, which is what a request adds unless it names an id.
    schema.path("else").path("required").forEach(name -> requiredHere.add(name.asText()));
    if (schema.has("$ref")) {
      Target target = resolve(schema.get("$ref").asText(), file, document);
      String key = target.file + "#" + schema.get("$ref").asText() + "@" + path;
      if (onPath.add(key)) {
        walk(target.schema, target.document, target.file, path, alternative, requiredHere);
        onPath.remove(key);
      }
    }
    for (JsonNode part : schema.path("allOf")) {
      walk(part, document, file, path, alternative, requiredHere);
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      for (JsonNode part : schema.path(keyword)) {
        walk(part, document, file, path, true, Set.of());
      }
    }
    schema.path("properties").fields().forEachRemaining(property -> {
      String childPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
      Builder field = fields.computeIfAbsent(childPath, Builder::new);
      field.required |= !alternative && requiredHere.contains(property.getKey());
      describe(property.getValue(), document, file, field, new HashSet<>());
      walk(property.getValue(), document, file, childPath, alternative, Set.of());
    });
    if (schema.has("items") && schema.get("items").isObject()) {
      walk(schema.get("items"), document, file, path + "[]", alternative, Set.of());
    }
  }

  /** Collects a property's types and enumerated values, following references. */
  private void describe(JsonNode schema, JsonNode document, String file, Builder field, Set<String> seen) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      field.types.add(type.asText());
    } else if (type != null) {
      type.forEach(t -> field.types.add(t.asText()));
    }
    schema.path("enum").forEach(field.allowed::add);
    if (schema.has("const")) {
      field.allowed.add(schema.get("const"));
    }
    if (schema.has("$ref") && seen.add(file + schema.get("$ref").asText())) {
      Target target = resolve(schema.get("$ref").asText(), file, document);
      describe(target.schema, target.document, target.file, field, seen);
    }
    for (JsonNode part : schema.path("allOf")) {
      describe(part, document, file, field, seen);
    }
  }

  private record Target(JsonNode schema, JsonNode document, String file) {}

  /** A reference like {@code timer.schema.json}, its full {@code $id}, or {@code #/$defs/x}. */
  private static Target resolve(String ref, String file, JsonNode document) {
    int hash = ref.indexOf('#');
    String location = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    String targetFile = location.isEmpty() ? file : location.substring(location.lastIndexOf('/') + 1);
    JsonNode targetDocument = location.isEmpty() ? document : document(targetFile);
    JsonNode schema = pointer.isEmpty() ? targetDocument : targetDocument.at(pointer);
    if (schema.isMissingNode()) {
      throw new IllegalStateException("schema reference " + ref + " in " + file + " leads nowhere");
    }
    return new Target(schema, targetDocument, targetFile);
  }

  private static JsonNode document(String file) {
    return DOCUMENTS.computeIfAbsent(file, name -> {
      String resource = "schemas/" + name;
      try (InputStream in = SchemaFields.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the contract schema " + resource + " is not on the classpath");
        }
        return JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the contract schema " + resource, e);
      }
    });
  }

  private static final class Builder {
    final String path;
    boolean required;
    final Set<String> types = new LinkedHashSet<>();
    final List<JsonNode> allowed = new ArrayList<>();

    Builder(String path) {
      this.path = path;
    }

    SchemaField build() {
      return new SchemaField(path, required, types, allowed.stream().distinct().toList());
    }
  }
}
