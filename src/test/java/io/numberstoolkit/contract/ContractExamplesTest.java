package io.numberstoolkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The docs' examples pass the schemas: those in contracts/examples and those inside each schema. */
class ContractExamplesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleFiles")
  void docExamplePassesTheSchemaItsNameSays(Path file) throws Exception {
    Schema schema = schemaNamedBy(file);
    List<Violation> violations =
        ContractValidator.shared().validate(schema, Files.readString(file));
    assertEquals(List.of(), violations, file + " against " + schema.fileName());
  }

  /**
   * Each file names a schema, and every shape the docs exemplify has its example: the show and
   * create responses (number-envelope), the create request and the update request.
   */
  @Test
  void everyJsonExampleNamesAKnownSchemaAndEveryExemplifiedSchemaHasOne() throws IOException {
    List<String> unnamed = new ArrayList<>();
    Set<Schema> named = EnumSet.noneOf(Schema.class);
    try (Stream<Path> files = jsonFiles()) {
      files.forEach(file -> schemaIn(file).ifPresentOrElse(named::add, () -> unnamed.add(file.getFileName().toString())));
    }
    assertEquals(List.of(), unnamed, "example files whose names name no schema (WHAT.SCHEMA-NAME.json)");
    assertEquals(EnumSet.of(Schema.NUMBER_ENVELOPE, Schema.CREATE_REQUEST, Schema.UPDATE_REQUEST), named,
        "the schemas the docs' examples exemplify");
  }

  @ParameterizedTest
  @EnumSource(Schema.class)
  void examplesInsideTheSchemaPassIt(Schema schema) throws IOException {
    JsonNode examples = SchemaFiles.read(schema).path("examples");
    for (JsonNode example : examples) {
      assertEquals(List.of(), ContractValidator.shared().validate(schema, example),
          schema.fileName() + " example " + example);
    }
  }

  static Stream<Arguments> exampleFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> found = jsonFiles()) {
      files = new ArrayList<>(found.sorted().toList());
    }
    assertFalse(files.isEmpty(), "no *.json in " + DocExamples.FOLDER.toAbsolutePath());
    // Four are documented: show response, create request and response, update request.
    assertTrue(files.size() >= 4, "expected the docs' four examples, found " + files);
    return files.stream().map(file -> Arguments.of(Named.of(file.getFileName().toString(), file)));
  }

  private static Stream<Path> jsonFiles() throws IOException {
    return Files.list(DocExamples.FOLDER).filter(file -> file.toString().endsWith(".json"));
  }

  private static Schema schemaNamedBy(Path file) {
    return schemaIn(file).orElseThrow(() -> new AssertionError(file.getFileName() + " names no schema"));
  }

  /** WHAT.SCHEMA-NAME.json -> the schema. */
  private static Optional<Schema> schemaIn(Path file) {
    String name = file.getFileName().toString();
    String withoutExtension = name.substring(0, name.length() - ".json".length());
    return Schema.byName(withoutExtension.substring(withoutExtension.lastIndexOf('.') + 1));
  }
}
