package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NotPersistedException;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place a refusal or a failure becomes a reply, for the API, the admin API, the servlet
 * guard and Jetty's error handler alike, so every error the simulator sends has the same body: its
 * convention (the docs leave error bodies open), enveloped like every other body so it reads the
 * same in JSON and XML:
 * {@code {"error": {"status", "reason", "message", "violations": [{"violation": {...}}]}}}.
 */
final class ErrorReplies {
  private static final Logger LOG = Logger.getLogger(ErrorReplies.class.getName());
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(413, "Content Too Large"),
          Map.entry(414, "URI Too Long"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Entity"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(431, "Request Header Fields Too Large"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(507, "Insufficient Storage"));

  private ErrorReplies() {}

  /** A refusal, with the headers it asks for (such as {@code Allow} on a 405). */
  static Reply of(ApiException refusal, Format format) {
    return of(refusal.status, refusal.getMessage(), refusal.violations, format).withHeaders(refusal.headers);
  }

  static Reply of(int status, String message, Format format) {
    return of(status, message, List.of(), format);
  }

  /**
   * A failure, never the client's fault: a change the data file could not take is a 507 that says
   * nothing changed; anything else is a bug of ours, said plainly in the reply, the details logged.
   */
  static Reply failure(Throwable failure, String method, String target, Format format) {
    if (failure instanceof NotPersistedException notSaved) {
      LOG.warning(method + " " + target + ": " + notSaved.getMessage());
      return of(507, notSaved.getMessage(), format);
    }
    LOG.log(Level.SEVERE, "simulator failure on " + method + " " + target, failure);
    return of(500, "the simulator failed: " + failure.getClass().getSimpleName(), format);
  }

  /** What WireMock or Jetty could not read before the simulator's own code saw the request. */
  static Reply unreadable(Throwable failure, Format format) {
    return of(400, "the request cannot be read: " + rootMessage(failure), format);
  }

  private static Reply of(int status, String message, List<Violation> violations, Format format) {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    ObjectNode fields = error.putObject("error");
    fields.put("status", status);
    fields.put("reason", REASONS.getOrDefault(status, standardReason(status)));
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
    return Reply.of(status, format, format.render("error", error));
  }

  /** Any other status a fault may name: its reason phrase as registered, or "Error" for an unassigned one. */
  private static String standardReason(int status) {
    HttpStatus.Code code = HttpStatus.getCode(status);
    return code == null ? "Error" : code.getMessage();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
