package io.numberstoolkit.conformance.client;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.conformance.Printable;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.XmlRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a body into the JSON shape the schemas describe (Rails-style XML through {@link RailsXml}),
 * so the contract check and the coverage table read an answer alike; when it cannot, says why in
 * a sentence that shows the start of the body.
 */
public final class BodyParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PREVIEW = 80;

  private BodyParser() {}

  /** The body in the JSON shape, or empty when it cannot be read as {@code format} (json or xml). */
  public static Optional<JsonNode> parse(String text, String format) {
    return Optional.ofNullable(parse(text, format, new ArrayList<>()));
  }

  /** The body in the JSON shape, or null with a problem noted when it cannot be read. */
  static JsonNode parse(String text, String format, List<String> problems) {
    if (format.equals("xml")) {
      try {
        return RailsXml.read(text);
      } catch (XmlRejectedException e) {
        problems.add("the body is not Rails-style XML (" + e.getMessage() + "): " + preview(text));
        return null;
      }
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String why = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*$", "").replaceAll("\\s+", " ");
      problems.add("the body is not valid JSON" + where + " (" + why + "): " + preview(text));
      return null;
    }
  }

  /** The start of a body, for a message that says what came back. */
  static String preview(String body) {
    return Printable.line(body, PREVIEW);
  }
}
