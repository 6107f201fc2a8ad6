package io.numberstoolkit.simulator.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it refuses before the simulator sees them (a malformed or ambiguous
 * URI such as {@code /numbers/%} or {@code /%2e%2e/numbers.json}, a request line or headers over
 * its size limits): the simulator's error body in JSON instead of Jetty's HTML page. The format
 * cannot be told from a URI that does not parse, so it is always JSON.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String reason = (String) request.getAttribute(ERROR_MESSAGE);
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
      status = http.getCode();
      reason = http.getReason();
    }
    if (status < 400) {
      status = 500;
    }
    Reply reply = reply(status, reason);
    response.setStatus(status);
    reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
    return true;
  }

  /** Used where Jetty answers before it has a request at all (an unparseable request line). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Format.JSON.contentType);
    return ByteBuffer.wrap(reply(status, reason).body());
  }

  private static Reply reply(int status, String reason) {
    String detail = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return ErrorReplies.of(
        status,
        status == 400
            ? "the HTTP server refused the request before the numbers API saw it (" + detail + "): a"
                + " malformed request line, URI or header, such as a % not followed by two hex digits,"
                + " an encoded control character, or a .. segment that climbs above the root"
            : "the HTTP server refused the request before the numbers API saw it: " + detail,
        Format.JSON);
  }
}
