package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty12.Jetty12HttpServer;
import jakarta.servlet.DispatcherType;
import com.github.tomakehurst.wiremock.common.JettySettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * WireMock's Jetty 12 server with the simulator's {@link AccessFilter} and {@link RequestGuard} in
 * front of both servlet contexts and {@link JsonErrorHandler} for what Jetty refuses itself: every answer carries the
 * simulator's error body, never an HTML page.
 */
final class GuardedJettyServerFactory implements HttpServerFactory {
  private final long maxBodyBytes;
  private final AccessFilter apiAccess;
  private final AccessFilter adminAccess;
  /** Set while WireMock builds its server: the Jetty server, and how to make a connector like its own. */
  private Server jetty;
  private BiFunction<String, Integer, ServerConnector> connectors;

  GuardedJettyServerFactory(long maxBodyBytes, AccessFilter apiAccess, AccessFilter adminAccess) {
    this.maxBodyBytes = maxBodyBytes;
    this.apiAccess = apiAccess;
    this.adminAccess = adminAccess;
  }

  @Override
  public String getName() {
    return "numbers-guarded-jetty12";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
    return new Jetty12HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected ServerConnector createHttpConnector(
          String bindAddress, int port, JettySettings settings, NetworkTrafficListener listener) {
        connectors = (address, samePort) -> super.createHttpConnector(address, samePort, settings, listener);
        return super.createHttpConnector(bindAddress, port, settings, listener);
      }

      @Override
      protected void applyAdditionalServerConfiguration(Server jettyServer, Options serverOptions) {
        super.applyAdditionalServerConfiguration(jettyServer, serverOptions);
        jetty = jettyServer;
        jettyServer.setErrorHandler(new JsonErrorHandler());
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        apiAccess.installOn(context);
        guard(context);
      }

      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        adminAccess.installOn(context);
        guard(context);
      }
    };
  }

  /**
   * Once the server is started: listens on {@code address} too, on the port it already has (its
   * real one, when it was asked for port 0), with the same configuration as the first connector.
   *
   * @return null when it listens there, or why it cannot
   */
  String alsoListenOn(String address, int port) {
    ServerConnector twin = connectors.apply(address, port);
    try {
      jetty.addConnector(twin);
      twin.start();
      return null;
    } catch (Exception e) {
      jetty.removeConnector(twin);
      return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
  }

  /** The addresses and ports the server really listens on, as host:port (IPv6 in brackets). */
  List<String> listening() {
    List<String> addresses = new ArrayList<>();
    for (Connector connector : jetty.getConnectors()) {
      if (connector instanceof ServerConnector server && server.getLocalPort() > 0) {
        String host = server.getHost() == null ? "0.0.0.0" : server.getHost();
        addresses.add((host.contains(":") ? "[" + host + "]" : host) + ":" + server.getLocalPort());
      }
    }
    return addresses;
  }

  private void guard(ServletContextHandler context) {
    context.addFilter(new OutOfMemoryFilter(), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new RequestGuard(maxBodyBytes), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new BoundedBodyFilter(maxBodyBytes), "/*", EnumSet.of(DispatcherType.REQUEST));
  }
}
