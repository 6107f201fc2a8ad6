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
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client WireMock's proxying sends each request to the target with (its {@code proxiedFrom}
 * stub does the forwarding; this only carries it). WireMock's own client waits as long as a
 * target trickles bytes and reads any answer whole into memory; this one bounds both: a connect
 * timeout, one deadline for the whole answer, and a largest body. A target that fails is answered
 * here with the proxy's own 502 or 504, marked by {@link #FAILURE_HEADER} for {@link ExchangeChecker}.
 */
final class TargetClient implements HttpClient {
  /** Marks an answer the proxy made because the target gave none; never sent to a client. */
  static final String FAILURE_HEADER = "X-Numbers-Proxy-Failure";

  /** Headers java.net.http sets itself or refuses; Accept-Encoding is dropped so answers can be read. */
  private static final Set<String> NOT_FORWARDED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "accept-encoding", "transfer-encoding",
          "keep-alive", "te", "trailer", "proxy-connection");
  private static final Set<String> NOT_ANSWERED = Set.of("connection", "content-length", "transfer-encoding",
      "keep-alive", FAILURE_HEADER.toLowerCase(Locale.ROOT));

  /** One timer thread for every deadline: it only interrupts, never waits. */
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "numbers-proxy-deadlines");
    thread.setDaemon(true);
    return thread;
  });

  private final java.net.http.HttpClient client;
  private final Duration timeout;
  private final long maxBodyBytes;

  TargetClient(Duration connectTimeout, Duration timeout, long maxBodyBytes) {
    this.client = java.net.http.HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
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
    HttpRequest outgoing;
    try {
      outgoing = outgoing(request);
    } catch (IllegalArgumentException e) {
      return failure(502, "the request cannot be forwarded to the target: " + e.getMessage());
    }
    Deadline deadline = new Deadline(Thread.currentThread());
    ScheduledFuture<?> alarm = ALARMS.schedule(deadline::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      // The blocking send: a third of the per-request cost of sendAsync and a wait on its future,
      // measured on a loaded 2-core machine. The deadline interrupts it, which cancels the exchange.
      HttpResponse<byte[]> response = client.send(outgoing, info -> new BoundedBody(maxBodyBytes));
      return Response.response().status(response.statusCode()).headers(headers(response.headers().map()))
          .body(response.body()).build();
    } catch (InterruptedException e) {
      return deadline.expired()
          ? failure(504, "the target did not answer within " + timeout.toMillis() + " ms")
          : failure(502, "the proxy stopped while waiting for the target");
    } catch (IOException e) {
      return failure(e);
    } finally {
      alarm.cancel(false);
      deadline.finish();
    }
  }

  /** Interrupts the thread waiting for the target once, unless the answer came first; never after. */
  private static final class Deadline {
    private final Thread waiting;
    private boolean finished;
    private boolean expired;

    Deadline(Thread waiting) {
      this.waiting = waiting;
    }

    synchronized void expire() {
      if (!finished) {
        expired = true;
        waiting.interrupt();
      }
    }

    synchronized boolean expired() {
      return expired;
    }

    /** No interrupt after this; one that came while the answer arrived is cleared. */
    synchronized void finish() {
      finished = true;
      if (expired) {
        Thread.interrupted();
      }
    }
  }

  private HttpRequest outgoing(Request request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.getAbsoluteUrl())).timeout(timeout);
    for (HttpHeader header : request.getHeaders().all()) {
      if (!NOT_FORWARDED.contains(header.key().toLowerCase(Locale.ROOT))) {
        header.values().forEach(value -> builder.header(header.key(), value));
      }
    }
    byte[] body = request.getBody();
    return builder.method(request.getMethod().getName(), body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  private static HttpHeaders headers(Map<String, List<String>> received) {
    List<HttpHeader> kept = new ArrayList<>();
    received.forEach((name, values) -> {
      if (!name.startsWith(":") && !NOT_ANSWERED.contains(name.toLowerCase(Locale.ROOT))) {
        kept.add(new HttpHeader(name, values));
      }
    });
    return new HttpHeaders(kept);
  }

  private Response failure(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return failure(504, "the target did not accept a connection in time: " + cause.getMessage());
    }
    if (cause instanceof HttpTimeoutException) {
      return failure(504, "the target did not answer within " + timeout.toMillis() + " ms");
    }
    if (cause instanceof ConnectException) {
      return failure(502, "the target refused the connection");
    }
    if (cause instanceof TooLargeException) {
      return failure(502, cause.getMessage());
    }
    String why = cause == null || cause.getMessage() == null
        ? (cause == null ? "no answer" : cause.getClass().getSimpleName()) : cause.getMessage();
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

  /** Collects a body, failing as soon as it passes the limit instead of holding it all. */
  private static final class BoundedBody implements BodySubscriber<byte[]> {
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(long max) {
      this.max = max;
    }

    @Override
    public java.util.concurrent.CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        if (bytes.size() + (long) item.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new TooLargeException(max));
          return;
        }
        byte[] chunk = new byte[item.remaining()];
        item.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
