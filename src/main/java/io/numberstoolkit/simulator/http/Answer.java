package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the simulator answers: a status, headers and a rendered body (empty for 204). */
record Answer(int status, Map<String, String> headers, byte[] body) {
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(410, "Gone"),
          Map.entry(413, "Content Too Large"),
          Map.entry(414, "URI Too Long"),
          Map.entry(422, "Unprocessable Entity"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(431, "Request Header Fields Too Large"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  static Answer of(int status, Format format, String root, JsonNode body) {
    return of(status, format, format.render(root, body));
  }

  /** An answer whose body is already rendered in the format. */
  static Answer of(int status, Format format, byte[] rendered) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", format.contentType);
    return new Answer(status, headers, rendered);
  }

  static Answer noContent() {
    return new Answer(204, new LinkedHashMap<>(), new byte[0]);
  }

  /**
   * The simulator's error body (a convention: the docs leave error bodies open), enveloped like
   * every other body so it reads the same in JSON and XML:
   * {@code {"error": {"status", "reason", "message", "violations": [{"violation": {...}}]}}}.
   */
  static Answer error(int status, String message, List<Violation> violations, Format format) {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    ObjectNode fields = error.putObject("error");
    fields.put("status", status);
    fields.put("reason", REASONS.getOrDefault(status, "Error"));
    fields.put("message", message);
    if (!violations.isEmpty()) {
      ArrayNode list = fields.putArray("violations");
      for (Violation v : violations) {
        ObjectNode item = list.addObject().putObject("violation");
        item.put("pointer", v.pointer());
        item.put("rule", v.rule());
        item.put("message", v.message());
      }
    }
    return of(status, format, "error", error);
  }

  static Answer error(ApiException e, Format format) {
    Answer answer = error(e.status, e.getMessage(), e.violations, format);
    answer.headers.putAll(e.headers);
    return answer;
  }

  Answer withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
