package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * XML without type attributes and forms carry every value as text. The request fields the schema
 * types as integers or booleans are converted when the text is one; anything else is left as text
 * so that schema validation names it.
 */
final class TextValues {
  private static final Set<String> INTEGERS = Set.of("id", "seconds", "repeat", "company_id");
  private static final Set<String> BOOLEANS = Set.of("destroy_nested");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

  private TextValues() {}

  static ObjectNode typed(ObjectNode node) {
    node.fields().forEachRemaining(field -> field.setValue(typed(field.getKey(), field.getValue())));
    return node;
  }

  private static JsonNode typed(String name, JsonNode value) {
    if (value instanceof ObjectNode object) {
      return typed(object);
    }
    if (value instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, typed(name, array.get(i)));
      }
      return array;
    }
    if (!value.isTextual()) {
      return value;
    }
    String text = value.asText().trim();
    if (INTEGERS.contains(name) && INTEGER.matcher(text).matches()) {
      return JsonNodeFactory.instance.numberNode(Long.parseLong(text));
    }
    if (BOOLEANS.contains(name) && (text.equals("true") || text.equals("false"))) {
      return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
    }
    return value;
  }
}
