package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.XmlRejectedException;
import java.io.IOException;

/**
 * The console line of one answered API request, what {@code simulate} prints as it serves:
 * {@code POST /numbers.json?api_key=*** session=s1 422 4 ms - /number/afid: is required but missing}.
 * For a 4xx it says what was wrong, read back from the error body the client got (the first
 * violation's pointer and message, or else the message), so the console and the client never
 * disagree. Request and answer bodies are not printed. Plain ASCII around what the client sent, so
 * the line reads the same on any console encoding.
 */
final class RequestLine {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Our error bodies are small; a bigger 4xx body is not ours to explain. */
  private static final int MAX_EXPLAINED_BODY = 64 * 1024;

  private RequestLine() {}

  static String of(String method, String maskedUrl, String session, int status, Integer millis,
      String contentType, byte[] body) {
    StringBuilder line = new StringBuilder(method).append(' ').append(maskedUrl);
    if (session != null) {
      line.append(" session=").append(session);
    }
    line.append(' ').append(status);
    if (millis != null) {
      line.append(' ').append(millis).append(" ms");
    }
    if (status >= 400 && status < 500) {
      String why = why(contentType, body);
      if (why != null) {
        line.append(" - ").append(why);
      }
    }
    return printable(line);
  }

  /** Control characters a client put in a value are shown escaped: one request stays one line. */
  private static String printable(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** The first violation as {@code pointer: message}, or the error's message; null if unreadable. */
  private static String why(String contentType, byte[] body) {
    if (body == null || body.length == 0 || body.length > MAX_EXPLAINED_BODY || contentType == null) {
      return null;
    }
    JsonNode error;
    try {
      error = contentType.contains("xml") ? RailsXml.read(new String(body, java.nio.charset.StandardCharsets.UTF_8))
          : JSON.readTree(body);
    } catch (IOException | XmlRejectedException | RuntimeException unreadable) {
      return null;
    }
    if (error == null) {
      return null;
    }
    JsonNode violations = error.findValue("violations");
    if (violations != null && violations.size() > 0) {
      JsonNode first = violations.isArray() ? violations.get(0) : violations;
      JsonNode pointer = first.findValue("pointer");
      JsonNode message = first.findValue("message");
      if (pointer != null && message != null) {
        return (pointer.asText().isEmpty() ? "(body)" : pointer.asText()) + ": " + message.asText();
      }
    }
    JsonNode message = error.findValue("message");
    return message == null ? null : message.asText();
  }
}
