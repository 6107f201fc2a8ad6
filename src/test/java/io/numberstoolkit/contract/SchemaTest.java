package io.numberstoolkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Schema enum names the nine document schemas of schemas/; every other file there is a part
 * they use. Every file is written so that tools read it as the validator does: no $id (a $ref
 * resolves against the file it is in), nothing beside a $ref, no $defs, extensions named x-.
 */
class SchemaTest {

  @Test
  void namesAndFilesFollowOnePattern() {
    assertEquals("create-request", Schema.CREATE_REQUEST.cliName());
    assertEquals("create-request.schema.json", Schema.CREATE_REQUEST.fileName());
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
  void theFolderHoldsTheEnumsSchemasAndThePartsTheyReach() {
    Set<String> reached = new TreeSet<>();
    Arrays.stream(Schema.values()).forEach(schema -> reach(schema.fileName(), reached));
    assertEquals(new TreeSet<>(SchemaFiles.all()), reached,
        "the files in schemas/ against the files the enum's schemas reach");
  }

  private static void reach(String file, Set<String> reached) {
    if (reached.add(file)) {
      SchemaFiles.read(file).findValuesAsText("$ref").stream()
          .filter(ref -> !ref.startsWith("#"))
          .forEach(ref -> reach(ref, reached));
    }
  }

  @ParameterizedTest
  @EnumSource(Schema.class)
  void fileDeclaresItsDialectTitleAndSource(Schema schema) {
    JsonNode file = SchemaFiles.read(schema);
    assertEquals("https://json-schema.org/draft/2020-12/schema", file.path("$schema").asText());
    assertTrue(file.path("title").asText().length() > 3, "title");
    assertTrue(file.path("description").asText().contains(".md"),
        "description cites the doc it comes from: " + file.path("description"));
  }

  @ParameterizedTest
  @MethodSource("io.numberstoolkit.contract.SchemaFiles#all")
  void everyPartHasADialectTitleAndDescription(String fileName) {
    JsonNode file = SchemaFiles.read(fileName);
    assertEquals("https://json-schema.org/draft/2020-12/schema", file.path("$schema").asText());
    assertTrue(file.path("title").asText().length() > 3, "title");
    assertTrue(file.path("description").asText().length() > 10, "description");
  }

  @ParameterizedTest
  @MethodSource("io.numberstoolkit.contract.SchemaFiles#all")
  void everyRefIsAnotherFileOfTheFolder(String fileName) {
    List<String> problems = new ArrayList<>();
    for (String ref : SchemaFiles.read(fileName).findValuesAsText("$ref")) {
      if (ref.contains("#") || ref.contains("/") || !SchemaFiles.all().contains(ref)) {
        problems.add(ref);
      }
    }
    assertEquals(List.of(), problems, "$refs in " + fileName + " that are not a whole file beside it");
  }

  /**
   * What code generators and linters misread: an $id (they fetch it, or resolve a bundle against
   * it), a keyword beside a $ref (they drop it), $defs (openapi-typescript makes it a member of the
   * type), and an unknown keyword without the x- of an extension (Redocly's error).
   */
  @ParameterizedTest
  @MethodSource("io.numberstoolkit.contract.SchemaFiles#all")
  void holdsNothingThatToolsMisread(String fileName) {
    List<String> problems = new ArrayList<>();
    misread(SchemaFiles.read(fileName), "", problems);
    assertEquals(List.of(), problems, fileName);
  }

  private static void misread(JsonNode node, String at, List<String> problems) {
    if (node.isObject()) {
      if (node.has("$ref") && node.size() > 1) {
        problems.add(at + ": keywords beside $ref");
      }
      node.properties().forEach(field -> {
        String key = field.getKey();
        if (Set.of("$id", "$defs", "definitions", "errorMessage").contains(key)) {
          problems.add(at + "/" + key);
        }
        // The values of properties and examples are names and data, not keywords.
        if (!Set.of("examples", "x-errorMessage").contains(key)) {
          boolean named = key.equals("properties") || key.equals("dependentRequired");
          field.getValue().properties().forEach(child -> {
            if (named) {
              misread(child.getValue(), at + "/" + key + "/" + child.getKey(), problems);
            }
          });
          if (!named) {
            misread(field.getValue(), at + "/" + key, problems);
          }
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        misread(node.get(i), at + "/" + i, problems);
      }
    }
  }

  @Test
  void aPhoneNumberAndOneThatMayBeNullShareTheirPatternAndWording() {
    JsonNode phone = SchemaFiles.read("phone-number.schema.json");
    JsonNode orNull = SchemaFiles.read("phone-number-or-null.schema.json");
    assertEquals(phone.get("pattern"), orNull.get("pattern"));
    assertEquals(phone.get("x-errorMessage"), orNull.get("x-errorMessage"));
  }

  @ParameterizedTest
  @MethodSource("io.numberstoolkit.contract.SchemaFiles#all")
  void isPackagedOnTheClasspath(String fileName) throws IOException {
    try (InputStream packaged = Schema.class.getClassLoader().getResourceAsStream("schemas/" + fileName)) {
      assertNotNull(packaged, "classpath:schemas/" + fileName);
    }
  }

  @Test
  void errorSchemaSaysItIsAConventionOnAnOpenPoint() {
    JsonNode error = SchemaFiles.read(Schema.ERROR);
    assertTrue(error.path("title").asText().contains("OPEN"));
    assertTrue(error.path("description").asText().contains("NOT the vendor's contract"));
  }
}
