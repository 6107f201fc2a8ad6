package io.numberstoolkit.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The docs' examples (contracts/examples), and copies of them with one thing changed. */
final class DocExamples {

  static final Path FOLDER = Path.of("contracts", "examples");
  static final ObjectMapper JSON = new ObjectMapper();

  /** GET numbers/1: text-to-speech greeting, bare timers. */
  static final String SHOW = "show.response.number-envelope.json";
  /** POST numbers response: audio greeting, wrapped timers. */
  static final String CREATED = "create.response.number-envelope.json";
  static final String CREATE_REQUEST = "create.request.create-request.json";
  static final String UPDATE_REQUEST = "update.request.update-request.json";

  private DocExamples() {}

  static JsonNode load(String fileName) {
    try {
      return JSON.readTree(FOLDER.resolve(fileName).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the document with the value at the pointer set (added if absent) to the JSON given. */
  static JsonNode with(JsonNode document, String pointer, String json) {
    JsonNode copy = document.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    JsonNode value = json(json);
    if (parent instanceof ObjectNode object) {
      object.set(at.last().getMatchingProperty(), value);
    } else if (parent instanceof ArrayNode array) {
      array.set(at.last().getMatchingIndex(), value);
    } else {
      throw new IllegalArgumentException("no object or array at " + at.head());
    }
    return copy;
  }

  /** A copy of the document without the property at the pointer. */
  static JsonNode without(JsonNode document, String pointer) {
    JsonNode copy = document.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    if (!(parent instanceof ObjectNode object) || object.remove(at.last().getMatchingProperty()) == null) {
      throw new IllegalArgumentException("nothing to remove at " + pointer);
    }
    return copy;
  }
}
