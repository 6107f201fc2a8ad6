package io.numberstoolkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns a validator message into a {@link Violation}: a pointer to the very field at fault and a
 * message that reads well after it. Wording a schema gives in its {@code x-errorMessage} wins.
 */
final class ViolationWording {

  private static final int MAX_SHOWN_VALUE = 40;

  private ViolationWording() {}

  static Violation of(ValidationMessage message) {
    String rule = message.getType();
    String at = pointer(message.getInstanceLocation());
    Object[] arguments = message.getArguments();
    return switch (rule) {
      case "required" -> new Violation(child(at, message.getProperty()), rule, "is required but missing");
      // arguments: the missing property, then the property that makes it required
      case "dependentRequired" ->
          new Violation(
              child(at, String.valueOf(arguments[0])),
              rule,
              "is required when '" + arguments[1] + "' is given");
      case "additionalProperties", "unevaluatedProperties" ->
          new Violation(child(at, message.getProperty()), rule, "is not allowed here (not part of the contract)");
      case "enum" ->
          new Violation(at, rule, "must be one of " + listed(message.getSchemaNode()) + got(message));
      // arguments: the type found, then the type expected
      case "type", "unionType" ->
          new Violation(at, "type", "must be " + alternatives(arguments[1]) + ", not " + arguments[0]);
      case "minLength" ->
          "1".equals(String.valueOf(arguments[0]))
              ? new Violation(at, rule, "must not be empty")
              : new Violation(at, rule, withoutLocation(message) + got(message));
      case "oneOf" ->
          new Violation(at, rule, "must match exactly one of the allowed shapes, but matches " + arguments[0]);
      default -> new Violation(at, rule, withoutLocation(message) + got(message));
    };
  }

  /**
   * The validator's own wording, or the schema's x-errorMessage, without the "/location: " prefix the
   * validator puts before its own wording. (Its getError() cuts at a colon, which mangles a message
   * quoting a timestamp.)
   */
  private static String withoutLocation(ValidationMessage message) {
    String text = message.getMessage();
    String prefix = message.getInstanceLocation() + ": ";
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  /** "string" stays "string"; "[string, null]" becomes "string or null". */
  private static String alternatives(Object types) {
    String text = String.valueOf(types);
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1).replace(", ", " or ");
    }
    return text;
  }

  /** The RFC 6901 pointer of a validator path; "" for the root. */
  static String pointer(JsonNodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
    }
    return pointer.toString();
  }

  private static String child(String parent, String property) {
    return parent + "/" + escape(property);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String listed(JsonNode values) {
    if (values == null || !values.isArray()) {
      return String.valueOf(values);
    }
    return StreamSupport.stream(values.spliterator(), false)
        .map(value -> value.isTextual() ? value.asText() : value.toString())
        .collect(Collectors.joining(", "));
  }

  /** The offending value, when it is short enough to help; never a whole object or a megabyte of Base64. */
  private static String got(ValidationMessage message) {
    JsonNode value = message.getInstanceNode();
    if (value == null || value.isContainerNode()) {
      return "";
    }
    String shown = value.toString();
    if (shown.length() > MAX_SHOWN_VALUE) {
      shown = shown.substring(0, MAX_SHOWN_VALUE) + "…";
    }
    return " (got " + shown + ")";
  }
}
