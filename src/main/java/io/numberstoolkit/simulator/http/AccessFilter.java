package io.numberstoolkit.simulator.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.FilterMapping;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.ee10.servlets.CrossOriginFilter;

/**
 * The first thing every request meets, API and admin alike: a {@code Host} the simulator does not
 * answer to ({@link HostCheck}) and {@code CONNECT} are refused; a page of an origin {@link Cors}
 * does not allow is refused, and every {@code OPTIONS} answered, the CORS headers sent; on the
 * admin side {@link AdminAccess} decides. What passes goes on as a {@link ServedRequest}.
 */
final class AccessFilter implements Filter {
  private final HostCheck hosts;
  private final URI publicUrl;
  private final Cors cors;
  /** Null in front of the API. */
  private final AdminAccess admin;

  private AccessFilter(HostCheck hosts, URI publicUrl, Cors cors, AdminAccess admin) {
    this.hosts = hosts;
    this.publicUrl = publicUrl;
    this.cors = cors;
    this.admin = admin;
  }

  static AccessFilter forApi(HostCheck hosts, URI publicUrl, Cors cors) {
    return new AccessFilter(hosts, publicUrl, cors, null);
  }

  static AccessFilter forAdmin(HostCheck hosts, URI publicUrl, Cors cors, AdminAccess admin) {
    return new AccessFilter(hosts, publicUrl, cors, admin);
  }

  /**
   * Puts this filter in front of the context's others. On the admin context it takes the place of
   * WireMock's own CORS filter, which allows every origin with credentials.
   */
  void installOn(ServletContextHandler context) {
    ServletHandler handler = context.getServletHandler();
    if (admin != null) {
      List<FilterHolder> wireMockCors = Arrays.stream(handler.getFilters())
          .filter(holder -> holder.getHeldClass() == CrossOriginFilter.class).toList();
      handler.setFilterMappings(Arrays.stream(handler.getFilterMappings())
          .filter(mapping -> wireMockCors.stream().noneMatch(h -> h.getName().equals(mapping.getFilterName())))
          .toArray(FilterMapping[]::new));
      handler.setFilters(Arrays.stream(handler.getFilters())
          .filter(holder -> !wireMockCors.contains(holder)).toArray(FilterHolder[]::new));
    }
    context.addFilter(new FilterHolder(this), "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Format format = admin != null ? Format.JSON : Format.answering(request.getRequestURI());
    if (request.getMethod().equals("CONNECT")) {
      // Jetty would keep a CONNECT's connection open for a tunnel: close it with the answer
      RequestGuard.write(response, ErrorReplies.of(new ApiException(405,
          "CONNECT is not served: the simulator is no proxy", List.of(),
          Map.of("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS", "Connection", "close")), format));
      return;
    }
    String host = request.getHeader("Host");
    if (!hosts.allows(host)) {
      BoundedBodyFilter.drain(request);
      RequestGuard.write(response, ErrorReplies.of(403, HostCheck.refusal(host), format));
      return;
    }
    Map<String, String> corsHeaders = cors.headers(request);
    ApiException refusal = cors.refusal(request);
    if (refusal == null && admin != null) {
      refusal = admin.refusal(request);
    }
    if (refusal != null) {
      // Read what was sent first: a connection closed on unread bytes is reset, losing the answer
      BoundedBodyFilter.drain(request);
      RequestGuard.write(response, ErrorReplies.of(refusal, format).withHeaders(corsHeaders));
      return;
    }
    if (request.getMethod().equals("OPTIONS")) {
      RequestGuard.write(response, cors.preflight(request));
      return;
    }
    corsHeaders.forEach(response::setHeader);
    chain.doFilter(ServedRequest.of(request, publicUrl), response);
  }
}
