package io.numberstoolkit.simulator.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A servlet filter in front of WireMock. WireMock reads every request in full (query parameters,
 * form fields, multipart parts, a gzip body) before any extension sees it, and a request it cannot
 * read made it throw, which Jetty answered with an HTML 500. The guard refuses such requests with
 * the simulator's own 400 (and a body over the size limit with 413, before it is read), so every
 * answer is the API's error body. A failure after the API has seen the request is a bug of ours
 * and stays a 500.
 */
final class RequestGuard implements Filter {
  private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());
  /** Set when the simulator's own code took the request: from then on a failure is ours. */
  private static final ThreadLocal<Boolean> REACHED = ThreadLocal.withInitial(() -> false);

  private final long maxBodyBytes;

  RequestGuard(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Called by the API and the admin API when a request reaches them. */
  static void reached() {
    REACHED.set(true);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Format format = Format.answering(request.getRequestURI());
    ApiException refusal = refusal(request);
    if (refusal != null) {
      write(response, Answer.error(refusal, format));
      return;
    }
    REACHED.set(false);
    try {
      chain.doFilter(request, response);
    } catch (Exception e) { // WireMock's multipart parser throws a checked exception undeclared
      if (response.isCommitted()) {
        throw e instanceof ServletException servletException ? servletException : new ServletException(e);
      }
      if (REACHED.get()) {
        LOG.log(Level.SEVERE, "simulator failure on " + request.getMethod() + " " + request.getRequestURI(), e);
        write(response, Answer.error(500, "the simulator failed: " + e.getClass().getSimpleName(), List.of(), format));
      } else {
        write(response, Answer.error(400, "the request cannot be read: " + rootMessage(e), List.of(), format));
      }
    } finally {
      REACHED.remove();
    }
  }

  /** What can be refused from the request line and headers alone. */
  private ApiException refusal(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query != null && !wellFormedPercentEncoding(query)) {
      return new ApiException(
          400, "malformed percent-encoding in the query string: every % must start an escape like %2F");
    }
    long length = request.getContentLengthLong();
    if (length > maxBodyBytes) {
      return new ApiException(
          413, "the body has " + length + " bytes; this simulator takes at most " + maxBodyBytes);
    }
    return null;
  }

  static boolean wellFormedPercentEncoding(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '%') {
        if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 128;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private static void write(HttpServletResponse response, Answer answer) throws IOException {
    response.resetBuffer();
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
  }
}
