package io.numberstoolkit.conformance.client;

import io.numberstoolkit.conformance.Timeouts;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.http.conn.params.ConnConnectionPNames;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.params.CoreConnectionPNames;

/**
 * The suite's HTTP, one level below REST Assured: sends one request within the {@link Timeouts}
 * and answers what came back or, when no complete answer did, a sentence saying what happened.
 *
 * <ul>
 *   <li>The read timeout bounds the whole answer ({@link AnswerWatch}), so no request takes longer
 *       than the connect and the read timeout together, whatever the target does.
 *   <li>Nothing is retried: what the target did to the one request is what the report shows.
 *   <li>A status line must come first: a target that answers something else fails at once.
 *   <li>Past the run's deadline no request is sent, and a request in flight is cut off at it.
 * </ul>
 */
public final class Transport {
  private final Timeouts timeouts;
  private final Instant runDeadline;

  /** @param runDeadline when the run must stop sending (see {@link Timeouts#runDeadline}), if ever */
  public Transport(Timeouts timeouts, Optional<Instant> runDeadline) {
    this.timeouts = timeouts;
    this.runDeadline = runDeadline.orElse(null);
  }

  /**
   * What came back.
   *
   * @param status the answer's status, once its status line came (even when the body then
   *     failed), else {@link Exchange#NO_ANSWER}
   * @param failure why the answer is not complete, or null when it is
   */
  public record Outcome(int status, Map<String, List<String>> headers, String body, String failure) {
    public Outcome {
      headers = Map.copyOf(headers);
    }

    public boolean complete() {
      return failure == null;
    }
  }

  /** True once the run has used up its --max-run-seconds. */
  public boolean runDeadlinePassed() {
    return runDeadline != null && !Instant.now().isBefore(runDeadline);
  }

  public Timeouts timeouts() {
    return timeouts;
  }

  /**
   * Sends {@code request} (base URI, headers and body already set) as {@code method} to {@code
   * pathAndQuery}, with this transport's timeouts.
   */
  public Outcome send(RequestSpecification request, String method, String pathAndQuery) {
    if (runDeadlinePassed()) {
      return new Outcome(Exchange.NO_ANSWER, Map.of(), null, "not sent: " + timeouts.runDeadlineReached());
    }
    AnswerWatch watch = new AnswerWatch(timeouts.read(), runDeadline);
    try {
      Response response = request.config(config(watch)).request(method, pathAndQuery);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (Header header : response.getHeaders()) {
        headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
      }
      return new Outcome(response.getStatusCode(), headers, response.asString(), null);
    } catch (Exception e) { // REST Assured rethrows checked I/O exceptions undeclared
      return new Outcome(watch.status(), Map.of(), null, NoAnswer.explain(e, watch, timeouts));
    } finally {
      watch.disarm();
    }
  }

  private RestAssuredConfig config(AnswerWatch watch) {
    int connect = (int) Math.min(Integer.MAX_VALUE, timeouts.connect().toMillis());
    int read = (int) Math.min(Integer.MAX_VALUE, timeouts.read().toMillis());
    return RestAssuredConfig.config()
        .httpClient(HttpClientConfig.httpClientConfig()
            .setParam(CoreConnectionPNames.CONNECTION_TIMEOUT, connect)
            .setParam(CoreConnectionPNames.SO_TIMEOUT, read)
            .setParam("http.connection-manager.timeout", (long) connect)
            .setParam(ConnConnectionPNames.MAX_STATUS_LINE_GARBAGE, 0)
            .httpClientFactory(() -> client(watch)))
        .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
        .redirect(RedirectConfig.redirectConfig().followRedirects(false));
  }

  @SuppressWarnings("deprecation") // REST Assured drives HttpClient 4's classic DefaultHttpClient
  private static DefaultHttpClient client(AnswerWatch watch) {
    DefaultHttpClient client = new DefaultHttpClient();
    client.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
    client.addRequestInterceptor(watch::requestSent);
    client.addResponseInterceptor(watch::headReceived);
    return client;
  }
}
