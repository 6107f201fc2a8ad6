package io.numberstoolkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The schema files as they are in the repository's schemas/ folder. */
final class SchemaFiles {

  static final Path FOLDER = Path.of("schemas");

  private SchemaFiles() {}

  static JsonNode read(Schema schema) {
    return read(schema.fileName());
  }

  static JsonNode read(String fileName) {
    try {
      return DocExamples.JSON.readTree(FOLDER.resolve(fileName).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file in the folder: the enum's schemas and the parts they refer to. */
  static List<String> all() {
    try (Stream<Path> listed = Files.list(FOLDER)) {
      return listed.map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
