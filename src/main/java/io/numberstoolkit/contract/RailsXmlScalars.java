package io.numberstoolkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The text of a Rails XML leaf element read as the JSON value its {@code type} attribute names:
 * untyped and datetime text stays text, integer, float and boolean text must parse as one.
 */
final class RailsXmlScalars {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RailsXmlScalars() {}

  static JsonNode read(String at, String type, String text) throws XmlRejectedException {
    if (type == null || type.equals(RailsXml.TYPE_DATETIME)) {
      return JSON.textNode(text);
    }
    String value = text.strip();
    boolean parses =
        switch (type) {
          case RailsXml.TYPE_INTEGER -> isNumber(value, RailsXml.INTEGER_TEXT);
          case RailsXml.TYPE_FLOAT ->
              isNumber(value, RailsXml.FLOAT_TEXT) && Double.isFinite(Double.parseDouble(value));
          default -> value.equals("true") || value.equals("false");
        };
    if (!parses) {
      throw new XmlRejectedException(
          at
              + ": type=\""
              + type
              + "\" needs "
              + expected(type)
              + ", got \""
              + RailsXml.abbreviate(value)
              + "\"");
    }
    return switch (type) {
      case RailsXml.TYPE_INTEGER -> integer(new BigInteger(value));
      case RailsXml.TYPE_FLOAT -> JSON.numberNode(Double.parseDouble(value));
      default -> JSON.booleanNode(value.equals("true"));
    };
  }

  private static boolean isNumber(String text, Pattern syntax) {
    return text.length() <= RailsXml.MAX_NUMBER_LENGTH && syntax.matcher(text).matches();
  }

  private static String expected(String type) {
    return switch (type) {
      case RailsXml.TYPE_INTEGER -> "a whole number";
      case RailsXml.TYPE_FLOAT -> "a finite decimal number";
      default -> "true or false";
    };
  }

  /** The node Jackson itself would parse this number into, so round trips compare equal. */
  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < Integer.SIZE) {
      return JSON.numberNode(value.intValue());
    }
    if (value.bitLength() < Long.SIZE) {
      return JSON.numberNode(value.longValue());
    }
    return JSON.numberNode(value);
  }
}
