package io.numberstoolkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/** JSON to Rails-style XML text; the rules are described on {@link RailsXml}. */
final class RailsXmlWriter {

  private final StringBuilder out = new StringBuilder();

  private RailsXmlWriter() {}

  static String write(String rootName, JsonNode value) {
    Objects.requireNonNull(rootName, "rootName");
    Objects.requireNonNull(value, "value");
    RailsXmlWriter writer = new RailsXmlWriter();
    writer.out.append(RailsXml.DECLARATION).append('\n');
    writer.element(rootName, value, 1);
    return writer.out.toString();
  }

  private void element(String key, JsonNode value, int depth) {
    if (depth > RailsXml.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "the JSON nests deeper than " + RailsXml.MAX_DEPTH + " elements (at \"" + key + "\")");
    }
    String name = RailsXmlNames.elementName(key);
    indent(depth);
    out.append('<').append(name);
    switch (value.getNodeType()) {
      case NULL -> out.append(" nil=\"true\"/>\n");
      case BOOLEAN -> typedLeaf(name, RailsXml.TYPE_BOOLEAN, value.asText());
      case NUMBER -> number(key, name, value);
      case STRING -> {
        if (RailsXmlNames.isDatetimeKey(key)) {
          out.append(" type=\"").append(RailsXml.TYPE_DATETIME).append('"');
        }
        out.append('>');
        text(key, value.textValue());
        out.append("</").append(name).append(">\n");
      }
      case OBJECT -> object(key, name, value, depth);
      case ARRAY -> array(key, name, value, depth);
      default ->
          throw new IllegalArgumentException(
              "\"" + key + "\" holds a " + value.getNodeType() + ", which has no XML form");
    }
  }

  private void number(String key, String name, JsonNode value) {
    if (value.isIntegralNumber()) {
      typedLeaf(name, RailsXml.TYPE_INTEGER, value.bigIntegerValue().toString());
      return;
    }
    String text = value.asText();
    if (!RailsXml.FLOAT_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "\"" + key + "\" holds " + text + ", which is not a number XML can carry");
    }
    typedLeaf(name, RailsXml.TYPE_FLOAT, text);
  }

  private void typedLeaf(String name, String type, String text) {
    out.append(" type=\"").append(type).append("\">").append(text);
    out.append("</").append(name).append(">\n");
  }

  private void object(String key, String name, JsonNode value, int depth) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "\"" + key + "\" holds an empty object, which XML cannot tell from an empty string");
    }
    out.append(">\n");
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      element(field.getKey(), field.getValue(), depth + 1);
    }
    closeTag(name, depth);
  }

  private void array(String key, String name, JsonNode items, int depth) {
    out.append(" type=\"").append(RailsXml.TYPE_ARRAY).append('"');
    if (items.isEmpty()) {
      out.append("/>\n");
      return;
    }
    out.append(">\n");
    boolean bare = RailsXmlNames.holdsBareItems(key);
    for (JsonNode item : items) {
      if (!bare && item.isObject() && item.size() == 1) {
        Map.Entry<String, JsonNode> wrapper = item.properties().iterator().next();
        element(wrapper.getKey(), wrapper.getValue(), depth + 1);
      } else {
        element(RailsXmlNames.itemKey(key), item, depth + 1);
      }
    }
    closeTag(name, depth);
  }

  private void closeTag(String name, int depth) {
    indent(depth);
    out.append("</").append(name).append(">\n");
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth - 1));
  }

  /** Escapes markup, and writes CR as a reference because parsers turn a literal one into LF. */
  private void text(String key, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        case '\t', '\n' -> out.append(c);
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (RailsXml.isCarriable(c)) {
            out.append(c);
          } else {
            throw new IllegalArgumentException(
                String.format(
                    "\"%s\" holds the character U+%04X, which XML 1.0 cannot carry", key, (int) c));
          }
        }
      }
    }
  }
}
