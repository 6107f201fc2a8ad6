package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.conformance.Printable;

/** One way a view breaks a rule: which field, what the rule expects there and what came back. */
record Finding(Rule rule, String field, String expected, String actual) {
  private static final int SHOWN = 160;

  static Finding of(Rule rule, String field, Object expected, Object actual) {
    return new Finding(rule, field, show(expected), show(actual));
  }

  String describe() {
    return field + ": expected " + expected + ", got " + actual;
  }

  private static String show(Object value) {
    if (value == null || (value instanceof JsonNode node && node.isMissingNode())) {
      return "(absent)";
    }
    return Printable.line(value.toString(), SHOWN);
  }
}
