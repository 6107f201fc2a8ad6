package io.numberstoolkit.simulator.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet filter in front of WireMock. WireMock reads every request in full (query parameters,
 * form fields, multipart parts, a gzip body) before any extension sees it, and a request it cannot
 * read made it throw, which Jetty answered with an HTML 500. The guard refuses such requests with
 * the simulator's own 400 (and a body over the size limit with 413, before it is read), so every
 * answer is the API's error body. The simulator's own entry points (the API filter and every admin
 * route) reply to their own failures with a 500, so whatever still reaches the guard's catch is a
 * request WireMock or Jetty could not read.
 */
final class RequestGuard implements Filter {
  private final long maxBodyBytes;

  RequestGuard(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Format format = Format.answering(request.getRequestURI());
    ApiException refusal = refusal(request);
    if (refusal != null) {
      write(response, ErrorReplies.of(refusal, format));
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (Exception e) { // WireMock's multipart parser throws a checked exception undeclared
      if (response.isCommitted()) {
        throw e instanceof ServletException servletException ? servletException : new ServletException(e);
      }
      write(response, ErrorReplies.unreadable(e, format));
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
      return RequestBody.tooLarge(length, maxBodyBytes);
    }
    return null;
  }

  private static boolean wellFormedPercentEncoding(String text) {
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

  static void write(HttpServletResponse response, Reply reply) throws IOException {
    response.resetBuffer();
    response.setStatus(reply.status());
    reply.headers().forEach(response::setHeader);
    response.setContentLength(reply.body().length);
    response.getOutputStream().write(reply.body());
  }
}
