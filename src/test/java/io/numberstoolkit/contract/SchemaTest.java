package io.numberstoolkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Schema enum and the files in schemas/ describe the same nine schemas. */
class SchemaTest {

  @Test
  void namesFileAndIdFollowOnePattern() {
    assertEquals("create-request", Schema.CREATE_REQUEST.cliName());
    assertEquals("create-request.schema.json", Schema.CREATE_REQUEST.fileName());
    assertEquals("https://numbers-toolkit.dev/schemas/create-request.schema.json",
        Schema.CREATE_REQUEST.id().toString());
  }

  @Test
  void byNameFindsCliNamesIgnoringCaseAndNothingElse() {
    assertEquals(Optional.of(Schema.NUMBER_ENVELOPE), Schema.byName("number-envelope"));
    assertEquals(Optional.of(Schema.MENU_OPTION), Schema.byName("Menu-Option"));
    assertEquals(Optional.empty(), Schema.byName("NUMBER_ENVELOPE"));
    assertEquals(Optional.empty(), Schema.byName("numbers"));
    assertEquals(Optional.empty(), Schema.byName(null));
  }

  @Test
  void theFolderHoldsExactlyTheEnumsSchemas() throws IOException {
    Set<String> files;
    try (Stream<Path> listed = Files.list(SchemaFiles.FOLDER)) {
      files = listed.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
    }
    Set<String> expected =
        Arrays.stream(Schema.values()).map(Schema::fileName).collect(Collectors.toSet());
    assertEquals(expected, files);
  }

  @ParameterizedTest
  @EnumSource(Schema.class)
  void fileDeclaresItsIdDialectTitleAndSource(Schema schema) {
    JsonNode file = SchemaFiles.read(schema);
    assertEquals(schema.id().toString(), file.path("$id").asText());
    assertEquals("https://json-schema.org/draft/2020-12/schema", file.path("$schema").asText());
    assertTrue(file.path("title").asText().length() > 3, "title");
    assertTrue(file.path("description").asText().contains(".md"),
        "description cites the doc it comes from: " + file.path("description"));
  }

  @ParameterizedTest
  @EnumSource(Schema.class)
  void everyRefResolvesToASchemaFileAndAPlaceInIt(Schema schema) {
    java.util.List<String> unresolved = new java.util.ArrayList<>();
    checkRefs(SchemaFiles.read(schema), schema, unresolved);
    assertEquals(java.util.List.of(), unresolved, "unresolved $refs in " + schema.fileName());
  }

  private static void checkRefs(JsonNode node, Schema in, java.util.List<String> unresolved) {
    if (node.isObject() && node.path("$ref").isTextual()) {
      String ref = node.get("$ref").asText();
      int hash = ref.indexOf('#');
      String file = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : ref.substring(hash + 1);
      Optional<Schema> target = file.isEmpty()
          ? Optional.of(in)
          : Arrays.stream(Schema.values()).filter(s -> s.fileName().equals(file)).findFirst();
      if (target.isEmpty() || SchemaFiles.read(target.get()).at(fragment).isMissingNode()) {
        unresolved.add(ref);
      }
    }
    node.forEach(child -> checkRefs(child, in, unresolved));
  }

  @ParameterizedTest
  @EnumSource(Schema.class)
  void isPackagedOnTheClasspath(Schema schema) throws IOException {
    try (InputStream packaged =
        Schema.class.getClassLoader().getResourceAsStream("schemas/" + schema.fileName())) {
      assertNotNull(packaged, "classpath:schemas/" + schema.fileName());
    }
  }

  @Test
  void errorSchemaSaysItIsAConventionOnAnOpenPoint() {
    JsonNode error = SchemaFiles.read(Schema.ERROR);
    assertTrue(error.path("title").asText().contains("OPEN"));
    assertTrue(error.path("description").asText().contains("NOT the vendor's contract"));
  }
}
