package io.numberstoolkit.proxy;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The client WireMock's proxying sends each request to the target with (its {@code proxiedFrom}
 * stub does the forwarding; this only carries it). WireMock's own client waits as long as a
 * target trickles bytes and reads any answer whole into memory; this one bounds both: a connect
 * timeout, one deadline for the whole answer, and a largest body. A target that fails is answered
 * here with the proxy's own 502 or 504, marked by {@link #FAILURE_HEADER} for {@link ExchangeChecker}.
 *
 * <p>It is Apache HttpClient 5 (WireMock ships it) with a blocking connection pool: each proxy
 * thread holds its own connection to the target. java.net.http, used before, funnels every
 * exchange through one selector thread and a client-wide lock for its timers; under 16
 * connections that made the proxy a tenth as fast as the target.
 */
final class TargetClient implements HttpClient {
  /** Marks an answer the proxy made because the target gave none; never sent to a client. */
  static final String FAILURE_HEADER = "X-Numbers-Proxy-Failure";

  /** Hop-by-hop headers and those the client sets itself; Accept-Encoding is dropped so answers can be read. */
  private static final Set<String> NOT_FORWARDED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "accept-encoding", "transfer-encoding",
          "keep-alive", "te", "trailer", "proxy-connection");
  private static final Set<String> NOT_ANSWERED = Set.of("connection", "content-length", "transfer-encoding",
      "keep-alive", FAILURE_HEADER.toLowerCase(Locale.ROOT));
  /** More than the proxy's threads, so a request never waits for a pooled connection. */
  private static final int CONNECTIONS = 500;

  /** One timer thread for every deadline: it only cancels, never waits. */
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "numbers-proxy-deadlines");
    thread.setDaemon(true);
    return thread;
  });

  private final CloseableHttpClient client;
  private final Duration timeout;
  private final long maxBodyBytes;

  TargetClient(Duration connectTimeout, Duration timeout, long maxBodyBytes) {
    PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnTotal(CONNECTIONS)
        .setMaxConnPerRoute(CONNECTIONS)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(connectTimeout))
            .setSocketTimeout(Timeout.of(timeout))
            // a pooled connection the target closed while idle is found before it is used
            .setValidateAfterInactivity(TimeValue.ofSeconds(1))
            .build())
        .build();
    this.client = HttpClients.custom()
        .setConnectionManager(connections)
        .setDefaultRequestConfig(RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.of(timeout))
            .setResponseTimeout(Timeout.of(timeout))
            .setRedirectsEnabled(false)
            .build())
        .disableRedirectHandling()
        .disableAutomaticRetries() // a retry would change what the target saw and hide its failure
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableConnectionState()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .build();
    this.timeout = timeout;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Hands WireMock this client for its proxying, in place of its own. */
  static HttpClientFactory factory(TargetClient client) {
    return new HttpClientFactory() {
      @Override
      public HttpClient buildHttpClient(Options options, boolean trustAll, List<String> trusted, boolean systemProps) {
        return client;
      }
    };
  }

  @Override
  public Response execute(Request request) {
    HttpUriRequestBase outgoing;
    try {
      outgoing = outgoing(request);
    } catch (IllegalArgumentException e) {
      return failure(502, "the request cannot be forwarded to the target: " + e.getMessage());
    }
    Deadline deadline = new Deadline(outgoing);
    ScheduledFuture<?> alarm = ALARMS.schedule(deadline::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      // The whole answer, body included, is read before the alarm is cancelled: a target that
      // dribbles its body meets the same deadline as one that never answers.
      return client.execute(outgoing, response -> answer(response, outgoing));
    } catch (IOException e) {
      return deadline.expired()
          ? failure(504, "the target did not answer within " + timeout.toMillis() + " ms")
          : failure(e);
    } finally {
      alarm.cancel(false);
      deadline.finish();
    }
  }

  private Response answer(ClassicHttpResponse response, HttpUriRequestBase outgoing) throws IOException {
    return Response.response().status(response.getCode()).headers(headers(response.getHeaders()))
        .body(body(response.getEntity(), outgoing)).build();
  }

  /** Cancels the exchange once, unless the answer came first; never after. */
  private static final class Deadline {
    private final HttpUriRequestBase exchange;
    private boolean finished;
    private boolean expired;

    Deadline(HttpUriRequestBase exchange) {
      this.exchange = exchange;
    }

    synchronized void expire() {
      if (!finished) {
        expired = true;
        exchange.cancel(); // closes the connection; the blocked read fails at once
      }
    }

    synchronized boolean expired() {
      return expired;
    }

    synchronized void finish() {
      finished = true;
    }
  }

  private HttpUriRequestBase outgoing(Request request) {
    HttpUriRequestBase outgoing = new HttpUriRequestBase(request.getMethod().getName(), URI.create(request.getAbsoluteUrl()));
    for (HttpHeader header : request.getHeaders().all()) {
      if (!NOT_FORWARDED.contains(header.key().toLowerCase(Locale.ROOT))) {
        header.values().forEach(value -> outgoing.addHeader(header.key(), value));
      }
    }
    byte[] body = request.getBody();
    if (body != null && body.length > 0) {
      outgoing.setEntity(new ByteArrayEntity(body, null)); // its Content-Type is the forwarded header
    }
    return outgoing;
  }

  /** Reads the body, dropping the connection (not reading on) as soon as it passes the limit. */
  private byte[] body(HttpEntity entity, HttpUriRequestBase outgoing) throws IOException {
    if (entity == null) {
      return new byte[0];
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    InputStream in = entity.getContent();
    byte[] chunk = new byte[8192];
    for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
      if (bytes.size() + (long) read > maxBodyBytes) {
        outgoing.cancel(); // closing the stream would read the rest of the body first
        throw new TooLargeException(maxBodyBytes);
      }
      bytes.write(chunk, 0, read);
    }
    in.close(); // at its end: hands the connection back to the pool
    return bytes.toByteArray();
  }

  private static HttpHeaders headers(Header[] received) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (Header header : received) {
      if (!NOT_ANSWERED.contains(header.getName().toLowerCase(Locale.ROOT))) {
        byName.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
      }
    }
    List<HttpHeader> kept = new ArrayList<>();
    byName.forEach((name, values) -> kept.add(new HttpHeader(name, values)));
    return new HttpHeaders(kept);
  }

  private Response failure(IOException cause) {
    if (cause instanceof ConnectTimeoutException) {
      return failure(504, "the target did not accept a connection in time: " + cause.getMessage());
    }
    if (cause instanceof SocketTimeoutException) {
      return failure(504, "the target did not answer within " + timeout.toMillis() + " ms");
    }
    if (cause instanceof ConnectException) {
      return failure(502, "the target refused the connection");
    }
    if (cause instanceof TooLargeException) {
      return failure(502, cause.getMessage());
    }
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return failure(502, "the target gave no HTTP answer (closed, reset, or not HTTP): " + why);
  }

  static Response failure(int status, String message) {
    String body = "{\"error\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(message) + "}";
    return Response.response().status(status)
        .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/json"),
            new HttpHeader(FAILURE_HEADER, String.valueOf(status))))
        .body(body).build();
  }

  /** An answer whose body is larger than the proxy reads. */
  static final class TooLargeException extends IOException {
    TooLargeException(long max) {
      super("the target's answer is larger than " + max + " bytes, the most the proxy reads");
    }
  }
}
