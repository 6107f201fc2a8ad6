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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * contracts/openapi.yaml is valid OpenAPI 3.1, describes the six endpoints on their JSON paths, and
 * names every schema file in schemas/ (the single source of every shape) once in components.schemas.
 */
class OpenApiDocumentTest {

  private static final Path DOCUMENT = Path.of("contracts", "openapi.yaml");
  /** A reference to a whole schema file; fragments into a schema file are not part of the agreement. */
  private static final Pattern SCHEMA_FILE_REF =
      Pattern.compile("\\.\\./schemas/([a-z-]+)\\.schema\\.json");
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
    // The document itself; the schema files are checked by SchemaTest, and the whole by
    // BundledContractTest, which parses the bundle with every reference resolved.
    options.setResolve(false);
    parsed = new OpenAPIV3Parser().readLocation(DOCUMENT.toString(), null, options);
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
    expected.put("listNumbers", "GET /numbers.json");
    expected.put("createNumber", "POST /numbers.json");
    expected.put("showNumber", "GET /numbers/{id}.json");
    expected.put("updateNumber", "PUT /numbers/{id}.json");
    expected.put("deleteNumber", "DELETE /numbers/{id}.json");
    expected.put("searchNumbers", "GET /numbers/for/cid/{cid}/afid/{afid}/sid/{sid}.json");

    Map<String, String> actual = new TreeMap<>();
    forEachOperation(
        (where, operation) -> actual.put(operation.getOperationId(), where.toString()));
    assertEquals(expected, actual);
  }

  @Test
  void everyPathIsTheJsonOneAndEveryBodyJson() {
    List<String> problems = new ArrayList<>();
    parsed.getOpenAPI().getPaths().keySet().stream()
        .filter(path -> !path.endsWith(".json"))
        .forEach(path -> problems.add(path + ": does not end in .json"));
    forEachOperation(
        (where, operation) -> {
          allParameters(where.item(), operation).stream()
              .filter(p -> "path".equals(p.getIn()) && !where.path().contains("{" + p.getName() + "}"))
              .forEach(p -> problems.add(where + ": path parameter " + p.getName() + " is not in the path"));
          operation.getResponses().forEach((status, response) -> {
            if (response.getContent() != null && !response.getContent().containsKey("application/json")) {
              problems.add(where + " " + status + ": no application/json answer");
            }
          });
        });
    // A generated client parses answers as JSON: XML is described in words, not as a media type.
    if (rawDocument.findParents("text/xml").size() > 0) {
      problems.add("text/xml is offered as a media type");
    }
    assertEquals(List.of(), problems);
    assertTrue(rawDocument.at("/info/description").asText().contains("`.xml` in place of `.json`"),
        "the description says how to ask for XML");
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
  void everySchemaFileIsAComponentOnceAndNothingElseRefersToAFile() {
    List<String> problems = new ArrayList<>();
    Map<String, String> externalRefs = new TreeMap<>();
    collectRefs(rawDocument, "", externalRefs, new TreeMap<>());
    List<String> named = new ArrayList<>();
    externalRefs.forEach((where, ref) -> {
      Matcher file = SCHEMA_FILE_REF.matcher(ref);
      if (!where.startsWith("/components/schemas/") || !file.matches()) {
        problems.add(where + " -> " + ref + ": not a component naming ../schemas/NAME.schema.json");
      } else {
        named.add(file.group(1) + ".schema.json");
      }
    });
    assertEquals(List.of(), problems);
    assertEquals(SchemaFiles.all(), named.stream().sorted().toList(),
        "the files of schemas/ against the files components.schemas names");
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
      if (Schema.byName(schemaName).isEmpty()) {
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
