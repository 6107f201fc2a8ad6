package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty12.Jetty12HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
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
  /**
   * A body must keep arriving at this rate, counted from its first byte, or its read fails: the
   * idle timeout never fires while a client trickles a byte a second, and each such client held a
   * request thread until every other request waited. A 16 MiB body at this rate takes 4.6 hours.
   */
  static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

  private final long maxBodyBytes;
  private final AccessFilter apiAccess;
  private final AccessFilter adminAccess;

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
      protected void applyAdditionalServerConfiguration(Server jettyServer, Options serverOptions) {
        super.applyAdditionalServerConfiguration(jettyServer, serverOptions);
        jettyServer.setErrorHandler(new JsonErrorHandler());
        for (Connector connector : jettyServer.getConnectors()) {
          HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
          if (http != null) {
            http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
          }
        }
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

  private void guard(ServletContextHandler context) {
    context.addFilter(new OutOfMemoryFilter(), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new RequestGuard(maxBodyBytes), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addFilter(new BoundedBodyFilter(maxBodyBytes), "/*", EnumSet.of(DispatcherType.REQUEST));
  }
}
