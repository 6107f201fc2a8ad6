package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.contract.RailsXml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One API request the simulator received, as its request log keeps it (the admin API's {@code GET
 * /__admin/numbers/requests} entry, typed): API keys masked, each body cut at 16 KiB (the {@code
 * …Truncated} flags say so), and the contract violations the answer named.
 *
 * @param url the path and query as sent, {@code api_key} shown as {@code ***}
 * @param session the session the request named, or null for the shared space
 * @param millis the simulator's time to answer, any delay it adds included
 * @param requestBody null when there was none
 * @param responseBody null when there was none
 */
public record ReceivedRequest(
    long id,
    Instant at,
    String method,
    String url,
    String session,
    int status,
    Integer millis,
    String requestContentType,
    String requestBody,
    boolean requestBodyTruncated,
    String responseContentType,
    String responseBody,
    boolean responseBodyTruncated,
    List<ContractViolation> violations) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public ReceivedRequest {
    violations = List.copyOf(violations);
  }

  /** The path, without the query string. */
  public String path() {
    int question = url.indexOf('?');
    return question < 0 ? url : url.substring(0, question);
  }

  /**
   * The request body read as the API reads it, in its JSON shape ({@code {"number": {...}}}),
   * whether it was sent as JSON or Rails XML; null when there was none or it does not read.
   */
  public JsonNode requestJson() {
    if (requestBody == null || requestBodyTruncated) {
      return null;
    }
    try {
      String start = requestBody.stripLeading();
      return start.startsWith("<") ? RailsXml.read(requestBody) : JSON.readTree(requestBody);
    } catch (Exception unreadable) {
      return null;
    }
  }

  /** The answer's body read as JSON (Rails XML in its JSON shape); null when there was none or it does not read. */
  public JsonNode responseJson() {
    if (responseBody == null || responseBodyTruncated) {
      return null;
    }
    try {
      return responseContentType != null && responseContentType.contains("xml")
          ? RailsXml.read(responseBody) : JSON.readTree(responseBody);
    } catch (Exception unreadable) {
      return null;
    }
  }

  /** As the console prints it: {@code #4 POST /numbers.json session=a 422 - /number/afid: is required but missing}. */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder("#").append(id).append(' ').append(method).append(' ').append(url);
    if (session != null) {
      line.append(" session=").append(session);
    }
    line.append(' ').append(status);
    if (!violations.isEmpty()) {
      line.append(" - ").append(violations.get(0));
      if (violations.size() > 1) {
        line.append(" (+").append(violations.size() - 1).append(" more)");
      }
    }
    return line.toString();
  }

  /** An entry of the request log, as {@code HttpLayer.requests} gives it. */
  static ReceivedRequest fromJson(JsonNode entry) {
    List<ContractViolation> violations = new ArrayList<>();
    for (JsonNode v : entry.path("violations")) {
      violations.add(new ContractViolation(v.path("pointer").asText(), v.path("message").asText()));
    }
    JsonNode request = entry.path("request");
    JsonNode response = entry.path("response");
    return new ReceivedRequest(
        entry.path("id").asLong(),
        Instant.parse(entry.path("at").asText()),
        entry.path("method").asText(),
        entry.path("url").asText(),
        text(entry.get("session")),
        entry.path("status").asInt(),
        entry.path("millis").isInt() ? entry.get("millis").asInt() : null,
        text(request.get("contentType")),
        text(request.get("body")),
        request.path("bodyTruncated").asBoolean(),
        text(response.get("contentType")),
        text(response.get("body")),
        response.path("bodyTruncated").asBoolean(),
        violations);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
