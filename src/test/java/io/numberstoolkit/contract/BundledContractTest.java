package io.numberstoolkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * contracts/openapi.bundled.yaml is the bundle of contracts/openapi.yaml and schemas/ as they are
 * now, it parses with every reference resolved, and a plain JSON Schema 2020-12 validator reading
 * only the bundle gives every document the verdict ContractValidator gives it from schemas/.
 */
class BundledContractTest {

  private static final Map<Schema, String> COMPONENTS = Map.of(
      Schema.NUMBER, "Number",
      Schema.NUMBER_ENVELOPE, "NumberEnvelope",
      Schema.NUMBER_LIST, "NumberList",
      Schema.GREETING, "Greeting",
      Schema.TIMER, "Timer",
      Schema.MENU_OPTION, "MenuOption",
      Schema.CREATE_REQUEST, "CreateRequest",
      Schema.UPDATE_REQUEST, "UpdateRequest",
      Schema.ERROR, "Error");

  private static final JsonSchemaFactory BUNDLE_ONLY =
      JsonSchemaFactory.getInstance(VersionFlag.V202012, builder -> builder.schemaLoaders(loaders ->
          loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("file:")))));

  @Test
  void isTheBundleOfTheSourcesAsTheyAreNow() throws IOException {
    assertEquals(OpenApiBundle.of(OpenApiBundle.SOURCE), Files.readString(OpenApiBundle.BUNDLE),
        "contracts/openapi.bundled.yaml is stale; refresh it with: mvn -q compile "
            + "org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=" + OpenApiBundle.class.getName());
  }

  @Test
  void parsesWithEveryReferenceResolvedAndNoMessages() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(OpenApiBundle.BUNDLE.toString(), null, options);
    assertEquals(List.of(), parsed.getMessages());
    assertNotNull(parsed.getOpenAPI());
    List<String> toFiles = new YAMLMapper()
            .readTree(OpenApiBundle.BUNDLE.toFile()).findValuesAsText("$ref").stream()
        .filter(ref -> !ref.startsWith("#/"))
        .toList();
    assertEquals(List.of(), toFiles, "references that lead out of the bundle");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aValidatorReadingOnlyTheBundleGivesTheSameVerdict(Schema schema, JsonNode document) {
    boolean validFromSchemas = ContractValidator.shared().validate(schema, document).isEmpty();
    JsonSchema fromBundle = BUNDLE_ONLY.getSchema(
        SchemaLocation.of(OpenApiBundle.BUNDLE.toUri() + "#/components/schemas/" + COMPONENTS.get(schema)),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    assertEquals(validFromSchemas, fromBundle.validate(document).isEmpty(),
        schema.cliName() + " " + document + ": " + fromBundle.validate(document));
  }

  /** Every valid and every invalid document of the schema tests, and every example of the schemas. */
  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    InvalidDocumentsTest.invalidDocuments().forEach(all::add);
    ValidVariantsTest.validDocuments().forEach(all::add);
    for (Schema schema : Schema.values()) {
      SchemaFiles.read(schema).path("examples").forEach(example -> all.add(Arguments.of(schema, example)));
    }
    return all.stream().map(arguments -> Arguments.of(arguments.get()[0], arguments.get()[1]));
  }
}
