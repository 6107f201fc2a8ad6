package io.numberstoolkit.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A frontend app's origin: a tiny web server on another port than the simulator's, serving one
 * empty page, from which the browser test runs its {@code fetch} calls. Reached as
 * {@code localhost} it is an app on the developer's machine; reached as {@code hostile.test} (by
 * Chromium's host rules) it is a site of the internet.
 */
final class AppPages implements AutoCloseable {
  private static final byte[] PAGE = "<!DOCTYPE html><html><head><title>app</title></head><body>app</body></html>"
      .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;

  private AppPages(HttpServer server) {
    this.server = server;
  }

  static AppPages start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, PAGE.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(PAGE);
      }
    });
    server.start();
    return new AppPages(server);
  }

  /** The page's URL under this host name (it answers to any). */
  String url(String host) {
    return "http://" + host + ":" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
