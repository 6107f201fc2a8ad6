package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.XmlRejectedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what an error answer said (the body {@link ErrorReplies} writes, in JSON or XML): its
 * message and its contract violations. The one reading of it for the console line and the request
 * log, so both say what the client was told, never something worked out again beside it.
 */
public final class ErrorBodyReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Our error bodies are small; a bigger body is not ours to explain. */
  private static final int MAX_EXPLAINED_BODY = 64 * 1024;

  /** A violation as the error body gives it: a JSON pointer into the request, and why. */
  public record Violation(String pointer, String message) {}

  /** What an error body says; empty when the body is no error body of ours. */
  public record Explained(String message, List<Violation> violations) {
    static final Explained NOTHING = new Explained(null, List.of());

    /** The first violation as {@code pointer: message}, or the message; null when there is neither. */
    public String firstReason() {
      if (!violations.isEmpty()) {
        Violation first = violations.get(0);
        return (first.pointer().isEmpty() ? "(body)" : first.pointer()) + ": " + first.message();
      }
      return message;
    }
  }

  private ErrorBodyReader() {}

  public static Explained read(String contentType, String body) {
    if (body == null || body.isEmpty() || body.length() > MAX_EXPLAINED_BODY || contentType == null) {
      return Explained.NOTHING;
    }
    JsonNode error;
    try {
      error = contentType.contains("xml") ? RailsXml.read(body) : JSON.readTree(body);
    } catch (IOException | XmlRejectedException | RuntimeException unreadable) {
      return Explained.NOTHING;
    }
    if (error == null || !error.isContainerNode()) {
      return Explained.NOTHING;
    }
    List<Violation> violations = new ArrayList<>();
    JsonNode list = error.findValue("violations");
    if (list != null && list.isContainerNode()) {
      // JSON: [{"violation": {...}}, ...]; Rails XML reads the same as an array or, for one, an object
      Iterable<JsonNode> items = list.isArray() ? list : List.of(list);
      for (JsonNode item : items) {
        JsonNode pointer = item.findValue("pointer");
        JsonNode message = item.findValue("message");
        if (pointer != null && message != null) {
          violations.add(new Violation(pointer.asText(), message.asText()));
        }
      }
    }
    JsonNode message = error.findValue("message");
    if (violations.isEmpty() && message == null) {
      return Explained.NOTHING;
    }
    return new Explained(message == null ? null : firstMessage(error), List.copyOf(violations));
  }

  /** The error's own message, not a violation's (findValue would find either, depth first). */
  private static String firstMessage(JsonNode error) {
    JsonNode fields = error.has("error") ? error.get("error") : error;
    JsonNode message = fields.get("message");
    return message != null ? message.asText() : error.findValue("message").asText();
  }
}
