package io.numberstoolkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * contracts/openapi.yaml is valid OpenAPI 3.1, describes the six endpoints, and points only to whole
 * schema files in schemas/ (the single source of every shape) that exist and carry their fixed $id.
 */
class OpenApiDocumentTest {

  private static final Path DOCUMENT = Path.of("contracts", "openapi.yaml");
  private static final Path SCHEMAS = Path.of("schemas");
  private static final String SCHEMA_ID_PREFIX = "https://numbers-toolkit.dev/schemas/";
  private static final Set<String> SCHEMA_NAMES =
      Set.of(
          "number",
          "number-envelope",
          "number-list",
          "greeting",
          "timer",
          "menu-option",
          "create-request",
          "update-request",
          "error");
  /** A reference to a whole schema file; fragments into a schema file are not part of the agreement. */
  private static final Pattern SCHEMA_FILE_REF =
      Pattern.compile("\\.\\./schemas/([a-z-]+)\\.schema\\.json");
  private static final Pattern ID_REF =
      Pattern.compile("(\"\\$ref\"\\s*:\\s*\")" + Pattern.quote(SCHEMA_ID_PREFIX));
  private static final String PARAMETER_REF = "#/components/parameters/";
  private static final Set<String> SOURCE_FILES =
      Set.of("numbers-api-docs.md", "what-the-docs-leave-open.md");

  private static JsonNode rawDocument;
  private static SwaggerParseResult parsed;

  @BeforeAll
  static void readDocument() throws IOException {
    assertTrue(Files.isRegularFile(DOCUMENT), "missing " + DOCUMENT.toAbsolutePath());
    rawDocument = new YAMLMapper().readTree(DOCUMENT.toFile());
    ParseOptions options = new ParseOptions();
    // swagger-parser checks the document itself; it cannot follow a schema file's internal $ref
    // when another file points into that file's $defs (it looks for #/$defs/... in the wrong file),
    // so the $refs are checked below by walking the document, and inside the schema files by the
    // JSON Schema validator that loads them (SchemaTest).
    options.setResolve(false);
    parsed = new OpenAPIV3Parser().readLocation(offlineCopy().toString(), null, options);
  }

  /**
   * The document and the schema files copied under target/, with every schema-to-schema $ref that names
   * a schema by its absolute $id turned into the sibling file name. JSON Schema resolves both to the same
   * schema (each $id lies in the same folder), but swagger-parser would fetch the $id over the network.
   * Returns the copied document.
   */
  private static Path offlineCopy() throws IOException {
    Path root = Path.of("target", "openapi-check");
    deleteRecursively(root); // a schema file deleted since the last run must not linger in the copy
    Path document = root.resolve(DOCUMENT);
    Files.createDirectories(document.getParent());
    Files.copy(DOCUMENT, document, StandardCopyOption.REPLACE_EXISTING);
    Path schemas = root.resolve(SCHEMAS);
    Files.createDirectories(schemas);
    if (Files.isDirectory(SCHEMAS)) {
      try (Stream<Path> files = Files.list(SCHEMAS)) {
        for (Path schema : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          String text = Files.readString(schema);
          Files.writeString(
              schemas.resolve(schema.getFileName()), ID_REF.matcher(text).replaceAll("$1"));
        }
      }
    }
    return document;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(each);
        }
      }
    }
  }

  @Test
  void parsesAsOpenApi31WithoutMessages() {
    assertEquals(List.of(), parsed.getMessages(), "swagger-parser's messages on " + DOCUMENT);
    assertNotNull(parsed.getOpenAPI(), "no OpenAPI model");
    assertTrue(
        parsed.getOpenAPI().getOpenapi().startsWith("3.1."),
        "openapi is " + parsed.getOpenAPI().getOpenapi() + ", not 3.1.x");
  }

  @Test
  void describesTheSixOperationsOnTheirPaths() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("listNumbers", "GET /numbers.{format}");
    expected.put("createNumber", "POST /numbers.{format}");
    expected.put("showNumber", "GET /numbers/{id}.{format}");
    expected.put("updateNumber", "PUT /numbers/{id}.{format}");
    expected.put("deleteNumber", "DELETE /numbers/{id}.{format}");
    expected.put("searchNumbers", "GET /numbers/for/cid/{cid}/afid/{afid}/sid/{sid}.{format}");

    Map<String, String> actual = new TreeMap<>();
    forEachOperation(
        (where, operation) -> actual.put(operation.getOperationId(), where.toString()));
    assertEquals(expected, actual);
  }

  @Test
  void everyPathTakesTheFormatJsonOrXml() {
    List<String> problems = new ArrayList<>();
    parsed.getOpenAPI().getPaths().keySet().stream()
        .filter(path -> !path.endsWith(".{format}"))
        .forEach(path -> problems.add(path + ": does not end in .{format}"));
    forEachOperation(
        (where, operation) -> {
          List<Parameter> formats =
              allParameters(where.item(), operation).stream()
                  .filter(p -> "format".equals(p.getName()) && "path".equals(p.getIn()))
                  .toList();
          if (formats.size() != 1) {
            problems.add(where + ": " + formats.size() + " path parameters named format");
          } else if (!List.of("json", "xml").equals(formats.get(0).getSchema().getEnum())) {
            problems.add(where + ": format enum is " + formats.get(0).getSchema().getEnum());
          }
        });
    assertEquals(List.of(), problems);
  }

  @Test
  void everyOperationNamesItsSourceInTheDocs() {
    List<String> problems = new ArrayList<>();
    forEachOperation(
        (where, operation) -> {
          Object source =
              operation.getExtensions() == null ? null : operation.getExtensions().get("x-source");
          List<?> sources =
              source instanceof List<?> list ? list : source == null ? List.of() : List.of(source);
          if (sources.isEmpty()) {
            problems.add(where + ": no x-source");
          }
          for (Object each : sources) {
            String[] fileAndSection = String.valueOf(each).split("#", 2);
            if (!SOURCE_FILES.contains(fileAndSection[0])
                || fileAndSection.length < 2
                || fileAndSection[1].isBlank()) {
              problems.add(
                  where + ": x-source '" + each + "' is not FILE#SECTION of " + SOURCE_FILES);
            }
          }
        });
    assertEquals(List.of(), problems);
  }

  @Test
  void everyExternalRefIsAWholeSchemaFileThatExistsWithItsId() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> externalRefs = new TreeMap<>();
    collectRefs(rawDocument, "", externalRefs, new TreeMap<>());
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, String> ref : externalRefs.entrySet()) {
      String where = ref.getKey() + " -> " + ref.getValue();
      Matcher file = SCHEMA_FILE_REF.matcher(ref.getValue());
      if (!file.matches() || !SCHEMA_NAMES.contains(file.group(1))) {
        problems.add(where + ": not ../schemas/NAME.schema.json for one of " + SCHEMA_NAMES);
        continue;
      }
      Path schema = SCHEMAS.resolve(file.group(1) + ".schema.json");
      if (!Files.isRegularFile(schema)) {
        problems.add(where + ": " + schema + " does not exist");
        continue;
      }
      String id = json.readTree(schema.toFile()).path("$id").asText();
      String expectedId = SCHEMA_ID_PREFIX + file.group(1) + ".schema.json";
      if (!expectedId.equals(id)) {
        problems.add(where + ": " + schema + " has $id '" + id + "', expected " + expectedId);
      }
    }
    assertEquals(List.of(), problems);
    assertFalse(externalRefs.isEmpty(), "the document refers to no schema file at all");
  }

  @Test
  void everyInternalRefResolvesWithinTheDocument() {
    Map<String, String> internalRefs = new TreeMap<>();
    collectRefs(rawDocument, "", new TreeMap<>(), internalRefs);
    List<String> problems = new ArrayList<>();
    internalRefs.forEach(
        (where, ref) -> {
          if (rawDocument.at(JsonPointer.compile(ref.substring(1))).isMissingNode()) {
            problems.add(where + " -> " + ref + ": nothing there");
          }
        });
    assertEquals(List.of(), problems);
    assertFalse(internalRefs.isEmpty(), "the document has no internal $ref at all");
  }

  @Test
  void examplesPointIntoContractsExamples() throws IOException {
    List<String> examples = rawDocument.findValuesAsText("externalValue");
    assertFalse(examples.isEmpty(), "the document has no externalValue examples");
    List<String> problems = new ArrayList<>();
    for (String example : examples) {
      if (!example.matches("examples/[a-z-]+\\.(request|response)\\.[a-z-]+\\.json")) {
        problems.add(example + ": not examples/ENDPOINT.(request|response).SCHEMA.json");
        continue;
      }
      String schemaName = example.replaceAll(".*\\.(request|response)\\.([a-z-]+)\\.json", "$2");
      if (!SCHEMA_NAMES.contains(schemaName)) {
        problems.add(example + ": names no known schema");
      }
      // The example files come from another branch; when they are here, they must at least be JSON.
      Path file = DOCUMENT.resolveSibling(example);
      if (Files.exists(file)) {
        new ObjectMapper().readTree(file.toFile());
      }
    }
    assertEquals(List.of(), problems);
  }

  // --- walking the document ---

  private record Where(String method, String path, PathItem item) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static void forEachOperation(BiConsumer<Where, Operation> action) {
    OpenAPI api = parsed.getOpenAPI();
    assertNotNull(api, "no OpenAPI model: " + parsed.getMessages());
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            action.accept(new Where(method.name(), path, item), operation)));
  }

  /** The path's and the operation's parameters, '#/components/parameters/NAME' references followed. */
  private static List<Parameter> allParameters(PathItem item, Operation operation) {
    List<Parameter> all = new ArrayList<>();
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      all.addAll(operation.getParameters());
    }
    Map<String, Parameter> components = parsed.getOpenAPI().getComponents().getParameters();
    return all.stream()
        .map(
            p -> p.get$ref() == null ? p : components.get(p.get$ref().substring(PARAMETER_REF.length())))
        .filter(Objects::nonNull)
        .toList();
  }

  /** Sorts every "$ref" of the raw tree into external and internal ('#/...'), keyed by its JSON pointer. */
  private static void collectRefs(
      JsonNode node, String pointer, Map<String, String> external, Map<String, String> internal) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                String here = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                  String ref = field.getValue().asText();
                  (ref.startsWith("#") ? internal : external).put(here, ref);
                } else {
                  collectRefs(field.getValue(), here, external, internal);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectRefs(node.get(i), pointer + "/" + i, external, internal);
      }
    }
  }
}
