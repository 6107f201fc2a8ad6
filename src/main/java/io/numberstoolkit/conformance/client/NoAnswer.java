package io.numberstoolkit.conformance.client;

import io.numberstoolkit.conformance.Timeouts;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.http.ConnectionClosedException;
import org.apache.http.MalformedChunkCodingException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.ProtocolException;
import org.apache.http.conn.ConnectTimeoutException;

/**
 * Says in a sentence what came back instead of a complete HTTP answer, for a reader who never
 * sees the exception: "no answer within 300 ms (read timeout)", "the target closed the connection
 * without answering", "answered 200 application/json but the connection closed after 20 of the
 * 100 bytes its Content-Length announced".
 */
final class NoAnswer {
  private static final Pattern PREMATURE_END =
      Pattern.compile("expected:\\s*(\\d+);\\s*received:\\s*(\\d+)");

  private NoAnswer() {}

  static String explain(Throwable error, AnswerWatch watch, Timeouts timeouts) {
    String head = watch.head();
    if (watch.fired()) {
      String limit = watch.cutByRunDeadline()
          ? "before " + timeouts.runDeadlineReached()
          : "within " + timeouts.read().toMillis() + " ms (read timeout)";
      return head == null ? "no answer " + limit : head + " but the body did not finish " + limit;
    }
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String explained = explainOne(cause, head, timeouts);
      if (explained != null) {
        return explained;
      }
    }
    String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    return head == null ? "no answer (" + what + ")" : head + " but reading the body failed (" + what + ")";
  }

  private static String explainOne(Throwable cause, String head, Timeouts timeouts) {
    if (cause instanceof ConnectTimeoutException) {
      return "no connection within " + timeouts.connect().toMillis() + " ms (connect timeout)";
    }
    if (cause instanceof SocketTimeoutException) {
      String limit = "within " + timeouts.read().toMillis() + " ms (read timeout)";
      return head == null ? "no answer " + limit : head + " but the body did not finish " + limit;
    }
    if (cause instanceof ConnectException) {
      return message(cause).contains("refused") ? "connection refused" : "no connection (" + cause.getMessage() + ")";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage();
    }
    if (cause instanceof NoHttpResponseException) {
      return "the target closed the connection without answering";
    }
    if (cause instanceof ConnectionClosedException) {
      Matcher counts = PREMATURE_END.matcher(message(cause));
      String lost = counts.find()
          ? "closed the connection after " + counts.group(2) + " of the " + counts.group(1)
              + " bytes its Content-Length announced"
          : "closed the connection before the body was complete (" + cause.getMessage() + ")";
      return (head == null ? "the target " : head + " but ") + lost;
    }
    if (cause instanceof MalformedChunkCodingException) {
      return (head == null ? "the target sent" : head + " with") + " a broken chunked body (" + cause.getMessage() + ")";
    }
    if (cause instanceof ProtocolException) {
      return head == null
          ? "the answer is not HTTP: its first line is not an HTTP status line"
          : head + " but the answer is not valid HTTP (" + cause.getMessage() + ")";
    }
    if (cause instanceof SSLException) {
      return "TLS failed (" + cause.getMessage() + ")";
    }
    if (cause instanceof SocketException && message(cause).contains("reset")) {
      return head == null
          ? "the target reset the connection without answering"
          : head + " but the target reset the connection before the body was complete";
    }
    if (cause instanceof SocketException && message(cause).contains("broken pipe")) {
      return "the target closed the connection while the request was being sent";
    }
    if (cause instanceof InterruptedIOException) {
      return "interrupted while waiting for the answer";
    }
    return null;
  }

  private static String message(Throwable error) {
    return error.getMessage() == null ? "" : error.getMessage().toLowerCase(Locale.ROOT);
  }
}
