package io.numberstoolkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The schema files as they are in the repository's schemas/ folder. */
final class SchemaFiles {

  static final Path FOLDER = Path.of("schemas");

  private SchemaFiles() {}

  static JsonNode read(Schema schema) {
    try {
      return DocExamples.JSON.readTree(FOLDER.resolve(schema.fileName()).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
