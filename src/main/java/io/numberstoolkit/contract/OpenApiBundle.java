package io.numberstoolkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * contracts/openapi.yaml with the schema files in it: one file for the tools that read one file
 * (code generators, linters, validators). Each schema file becomes the component that names it, and
 * a schema's reference to another file becomes a reference to that file's component, so every
 * shape is one component under its own name; a component written in the document stays as it is. The docs' examples are put in as values. A general
 * bundler (Redocly's) keeps each file as a second component named after the file, which generators
 * then emit twice; this one knows that every file has its name in {@code components.schemas}.
 */
public final class OpenApiBundle {

  /** Where the sources and the checked-in bundle lie, from the repository's root. */
  public static final Path SOURCE = Path.of("contracts", "openapi.yaml");

  public static final Path BUNDLE = Path.of("contracts", "openapi.bundled.yaml");

  private static final String COMPONENT = "#/components/schemas/";
  private static final ObjectMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build());

  private OpenApiBundle() {}

  /** The bundle of the OpenAPI document at {@code source}, as YAML. */
  public static String of(Path source) {
    try {
      Path folder = source.toAbsolutePath().getParent();
      ObjectNode document = (ObjectNode) YAML.readTree(source.toFile());
      ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
      Map<Path, String> names = new LinkedHashMap<>();
      schemas.properties().stream()
          .filter(component -> component.getValue().has("$ref"))
          .forEach(component -> names.put(
              folder.resolve(fileOf(component.getValue(), component.getKey())).normalize(), component.getKey()));
      for (Map.Entry<Path, String> file : names.entrySet()) {
        ObjectNode schema = (ObjectNode) YAML.readTree(file.getKey().toFile());
        // $schema may stand only at the root of a schema resource; in the bundle jsonSchemaDialect says it.
        schema.remove("$schema");
        pointRefsAtComponents(schema, file.getKey().getParent(), names);
        schemas.set(file.getValue(), schema);
      }
      putExamplesIn(document, folder);
      return YAML.writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bundle " + source, e);
    }
  }

  private static String fileOf(JsonNode component, String name) {
    String ref = component.get("$ref").asText();
    if (component.size() != 1 || ref.startsWith("#")) {
      throw new IllegalStateException("components.schemas." + name + " is not a $ref to a schema file alone");
    }
    return ref;
  }

  private static void pointRefsAtComponents(JsonNode node, Path folder, Map<Path, String> names) {
    if (node instanceof ObjectNode object && object.path("$ref").isTextual()) {
      Path file = folder.resolve(object.get("$ref").asText()).normalize();
      String name = names.get(file);
      if (name == null) {
        throw new IllegalStateException(file + " is referred to but has no name in components.schemas");
      }
      object.put("$ref", COMPONENT + name);
    }
    node.forEach(child -> pointRefsAtComponents(child, folder, names));
  }

  /** Every {@code externalValue} becomes the {@code value} it names. */
  private static void putExamplesIn(JsonNode node, Path folder) throws IOException {
    if (node instanceof ObjectNode object && object.path("externalValue").isTextual()) {
      Path file = folder.resolve(object.remove("externalValue").asText());
      object.set("value", YAML.readTree(file.toFile()));
    }
    for (JsonNode child : node) {
      putExamplesIn(child, folder);
    }
  }

  /** Writes the bundle of contracts/openapi.yaml to contracts/openapi.bundled.yaml (or to the paths given). */
  public static void main(String[] args) throws IOException {
    Path source = args.length > 0 ? Path.of(args[0]) : SOURCE;
    Path bundle = args.length > 1 ? Path.of(args[1]) : BUNDLE;
    Files.writeString(bundle, of(source));
    System.out.println("wrote " + bundle);
  }
}
