package io.numberstoolkit.conformance.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.http.Header;
import org.apache.http.HttpConnection;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.protocol.ExecutionContext;
import org.apache.http.protocol.HttpContext;

/**
 * One request's deadline for its whole answer, and how much of the answer had come when it ran
 * out. Armed when the request goes out (an HTTP client request interceptor), it shuts the
 * connection down at the deadline, which ends any read in progress; the socket timeout alone
 * would wait forever for a target that sends a byte now and then.
 */
final class AnswerWatch {
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "conform-answer-watch");
    thread.setDaemon(true);
    return thread;
  });

  private final Duration read;
  private final Instant runDeadline;
  private volatile ScheduledFuture<?> alarm;
  private volatile boolean fired;
  private volatile boolean cutByRunDeadline;
  private volatile int status = Exchange.NO_ANSWER;
  private volatile String contentType;

  /**
   * @param read how long the whole answer may take
   * @param runDeadline when the run must stop waiting in any case, or null
   */
  AnswerWatch(Duration read, Instant runDeadline) {
    this.read = read;
    this.runDeadline = runDeadline;
  }

  /** The request is about to be written on this exchange's connection: start the clock. */
  void requestSent(HttpRequest request, HttpContext context) {
    HttpConnection connection = (HttpConnection) context.getAttribute(ExecutionContext.HTTP_CONNECTION);
    Instant now = Instant.now();
    Instant end = now.plus(read);
    boolean byRun = runDeadline != null && runDeadline.isBefore(end);
    long wait = Math.max(0, Duration.between(now, byRun ? runDeadline : end).toMillis());
    alarm = ALARMS.schedule(() -> {
      cutByRunDeadline = byRun;
      fired = true;
      shutDown(connection);
    }, wait, TimeUnit.MILLISECONDS);
  }

  /** The status line and headers came (the body may not have yet). */
  void headReceived(HttpResponse response, HttpContext context) {
    Header type = response.getFirstHeader("Content-Type");
    contentType = type == null ? null : type.getValue();
    status = response.getStatusLine().getStatusCode();
  }

  /** The exchange is over, one way or another. */
  void disarm() {
    ScheduledFuture<?> armed = alarm;
    if (armed != null) {
      armed.cancel(false);
    }
  }

  boolean fired() {
    return fired;
  }

  boolean cutByRunDeadline() {
    return cutByRunDeadline;
  }

  /** The status of the answer's head, or {@link Exchange#NO_ANSWER} when none came. */
  int status() {
    return status;
  }

  /** "answered 200 text/html", once the head came; null before. */
  String head() {
    if (status == Exchange.NO_ANSWER) {
      return null;
    }
    return "answered " + status + (contentType == null ? " without a Content-Type" : " " + contentType);
  }

  private static void shutDown(HttpConnection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.shutdown();
    } catch (IOException ignored) {
      // it is being closed because nothing more is wanted from it
    }
  }
}
