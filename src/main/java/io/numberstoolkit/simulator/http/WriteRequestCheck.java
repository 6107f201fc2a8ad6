package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NumberChanges;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a create or update body must pass before the store sees it: its schema, and what the
 * schemas cannot say, text the XML format can carry, whole numbers the store can hold and one audio
 * file however it is sent. All of it is checked at once, so one 422 names every offending field.
 */
final class WriteRequestCheck {
  /** The body's changes, or the 422 naming every violation. */
  NumberChanges changes(Schema schema, RequestBody body) throws ApiException {
    // The validator is built on the first write, not at start-up: a GET never needs its schemas.
    List<Violation> violations = new ArrayList<>(ContractValidator.shared().validate(schema, body.root()));
    beyondTheSchema(body.root(), "", violations);
    if (body.audio() != null && body.root().path("number").has("message_file_b64_data")) {
      violations.add(new Violation("/number/message_file_b64_data", "one-audio-file",
          "send either message_file or message_file_b64_data, not both"));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    return NumberChangesReader.read(body.root().get("number"), body.audio());
  }

  /** What the store and the XML format cannot hold, though the schema allows it: for imports too. */
  static void beyondTheSchema(JsonNode node, String pointer, List<Violation> violations) {
    uncarriableText(node, pointer, violations);
    unstorableIntegers(node, "", pointer, violations);
  }

  /**
   * Whole numbers the store cannot hold: the schemas set no maximum, but seconds and repeat are
   * kept as 32-bit and ids as 64-bit integers, and a bigger value would silently wrap around
   * (seconds 2147483648 became -2147483648 in the answer). Every number of the API is an integer,
   * and JSON Schema counts {@code 5.0} as one: it is taken as 5, but {@code 1e10} or
   * {@code 2147483648.0} are refused like their integer spellings instead of being clamped.
   */
  private static void unstorableIntegers(JsonNode node, String name, String pointer, List<Violation> violations) {
    if (node.isNumber()) {
      boolean small = name.equals("seconds") || name.equals("repeat");
      if (small ? !node.canConvertToInt() : !node.canConvertToLong()) {
        violations.add(new Violation(pointer, "maximum", "must be a whole number from "
            + (small ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : Long.MIN_VALUE + " to " + Long.MAX_VALUE)));
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(field -> unstorableIntegers(
          field.getValue(), field.getKey(), child(pointer, field.getKey()), violations));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unstorableIntegers(node.get(i), name, pointer + "/" + i, violations);
      }
    }
  }

  /** Text every answer must be able to carry in XML too, so control characters are refused. */
  private static void uncarriableText(JsonNode node, String pointer, List<Violation> violations) {
    if (node.isTextual() && !RailsXml.canCarry(node.asText())) {
      violations.add(new Violation(pointer, "xml-character",
          "holds a control character that the API's XML format cannot carry"));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(field -> uncarriableText(
          field.getValue(), child(pointer, field.getKey()), violations));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        uncarriableText(node.get(i), pointer + "/" + i, violations);
      }
    }
  }

  /** A JSON pointer one field further down (RFC 6901 escapes). */
  private static String child(String pointer, String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }
}
