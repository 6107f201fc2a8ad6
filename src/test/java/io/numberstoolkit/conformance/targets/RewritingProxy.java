package io.numberstoolkit.conformance.targets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Another implementation of the numbers API, made from the simulator: an HTTP server that forwards
 * every request to it and lets a {@link Rewrite} change the request, the answer, or both. The
 * second implementation (other choices on the OPEN points) and the broken ones are rewrites.
 */
public final class RewritingProxy implements AutoCloseable {
  private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Link", "Location", "Allow");

  /** A request as the proxy received it, or as it forwards it. */
  public record Forward(String method, String path, String query, String contentType, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public Forward withBody(String text) {
      return new Forward(method, path, query, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public Forward withQuery(String newQuery) {
      return new Forward(method, path, newQuery, contentType, body);
    }

    public Forward withMethod(String newMethod) {
      return new Forward(newMethod, path, query, contentType, new byte[0]);
    }
  }

  /** An answer, from the simulator or made up by a rewrite. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public Reply withBody(String text) {
      return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8));
    }

    public Reply withStatus(int newStatus) {
      return new Reply(newStatus, headers, body);
    }

    public Reply withHeader(String name, String value) {
      Map<String, String> changed = new LinkedHashMap<>(headers);
      if (value == null) {
        changed.remove(name);
      } else {
        changed.put(name, value);
      }
      return new Reply(status, changed, body);
    }

    public String header(String name) {
      return headers.get(name);
    }
  }

  /** The simulator behind the proxy. */
  public interface Upstream {
    Reply send(Forward request);
  }

  /** What makes this implementation different. */
  public interface Rewrite {
    Reply handle(Forward request, Upstream upstream);
  }

  private final List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String upstreamBase;
  private final Rewrite rewrite;

  private RewritingProxy(String upstreamBase, Rewrite rewrite) throws IOException {
    this.upstreamBase = upstreamBase;
    this.rewrite = rewrite;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  public static RewritingProxy start(String upstreamBase, Rewrite rewrite) throws IOException {
    return new RewritingProxy(upstreamBase, rewrite);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * What the rewrite threw, answered as a closed connection: a broken implementation must be
   * caught for the rule it breaks, not for a fault of its own.
   */
  public List<RuntimeException> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      Forward request = new Forward(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
          exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes());
      Reply reply;
      try {
        reply = rewrite.handle(request, this::forward);
      } catch (RuntimeException e) {
        failures.add(e);
        throw e;
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value.replace(upstreamBase, baseUrl())));
      boolean empty = reply.body().length == 0;
      exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply.body());
        }
      }
    }
  }

  private Reply forward(Forward request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(
        upstreamBase + request.path() + (request.query() == null ? "" : "?" + request.query())));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    builder.method(request.method(), request.body().length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    try {
      HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, String> headers = new LinkedHashMap<>();
      for (String name : KEPT_HEADERS) {
        response.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
      }
      return new Reply(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
