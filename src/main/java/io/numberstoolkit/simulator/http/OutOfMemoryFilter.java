package io.numberstoolkit.simulator.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * An OutOfMemoryError while a request is served becomes a JSON 503 instead of Jetty's HTML 500.
 * The limits (body size, violations listed, sessions by memory) keep a request from getting
 * there; this is for what they do not foresee. The failed request's garbage is unreachable by
 * the time the answer is built, so building it does not run out of memory again.
 */
final class OutOfMemoryFilter implements Filter {
  private static final Logger LOG = Logger.getLogger(OutOfMemoryFilter.class.getName());

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    try {
      chain.doFilter(request, response);
    } catch (OutOfMemoryError e) {
      if (response.isCommitted()) {
        throw e;
      }
      long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      LOG.warning(request.getMethod() + " " + request.getRequestURI() + ": out of memory (heap " + heap + " MiB)");
      RequestGuard.write(response, ErrorReplies.of(503, "the simulator ran out of memory on this request (its heap is "
              + heap + " MiB); send a smaller request, drop unused sessions, or give it more memory (java -Xmx)",
          Format.answering(request.getRequestURI())).withHeader("Retry-After", "1"));
    }
  }
}
