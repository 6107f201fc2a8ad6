package io.numberstoolkit.simulator.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads a request's body before WireMock does, counting the bytes that actually arrive: the
 * {@code Content-Length} check in {@link RequestGuard} cannot see a chunked body, and WireMock
 * would read one (or inflate a gzip one) into memory whatever its size. WireMock reads every body,
 * multipart ones too, from the bytes handed on here. A body past the limit is a 413 as soon as
 * the limit is passed; one that arrives too slowly ({@link BodyPace}) a 408. Compressed request bodies are refused with 415: the API's docs never mention them, Rails
 * does not inflate them, and an inflated body is where a 917 KB request became 900 MiB.
 */
final class BoundedBodyFilter implements Filter {
  /** How much of a body past the limit is read and dropped, so its sender reads the 413. */
  private static final long DRAIN_BYTES = 1024 * 1024;

  private final long maxBodyBytes;

  BoundedBodyFilter(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Format format = Format.answering(request.getRequestURI());
    boolean chunked = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
    HttpServletRequest withBody = request;
    if (chunked || request.getContentLengthLong() > 0) {
      BodyPace pace = new BodyPace();
      byte[] body;
      try {
        body = readAtMost(request.getInputStream(), maxBodyBytes, pace);
      } catch (BodyPace.TooSlowException e) {
        RequestGuard.write(response, ErrorReplies.of(408, e.getMessage(), format));
        return;
      } catch (IOException | RuntimeException e) {
        RequestGuard.write(response, ErrorReplies.unreadable(e, format));
        return;
      }
      if (body == null) {
        drain(request.getInputStream(), pace);
        RequestGuard.write(response, tooLarge(format));
        return;
      }
      withBody = new ReadBody(request, body);
    }
    // Refused after the body is read, so the answer is not lost to a connection closed on unread bytes.
    String encoding = request.getHeader("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      RequestGuard.write(response, ErrorReplies.of(new ApiException(415,
          "compressed request bodies (Content-Encoding: " + encoding.strip() + ") are not accepted; send the body"
              + " as it is", List.of(), Map.of("Accept-Encoding", "identity")), format));
      return;
    }
    chain.doFilter(withBody, response);
  }

  private Reply tooLarge(Format format) {
    return ErrorReplies.of(413,
        "the body has more than " + maxBodyBytes + " bytes; this simulator takes at most " + maxBodyBytes, format);
  }

  /**
   * Reads and drops what a body sends past the limit, up to {@link #DRAIN_BYTES}: a connection
   * closed on unread bytes is reset, and the client would lose the 413 it is being sent.
   */
  /** What a request sent that is not going to be read, dropped (bounded) so its sender reads the refusal. */
  static void drain(HttpServletRequest request) {
    try {
      drain(request.getInputStream(), new BodyPace());
    } catch (IOException | RuntimeException gone) {
      // nothing left to drain
    }
  }

  private static void drain(InputStream in, BodyPace pace) {
    byte[] buffer = new byte[8192];
    try {
      for (long drained = 0; drained < DRAIN_BYTES; ) {
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        drained += n;
        pace.arrived(n);
      }
    } catch (IOException | RuntimeException gone) {
      // the client stopped sending: nothing left to drain
    }
  }

  /** The stream's bytes, or null as soon as there are more than {@code limit}. */
  private static byte[] readAtMost(InputStream in, long limit, BodyPace pace) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + (long) n > limit) {
        return null;
      }
      out.write(buffer, 0, n);
      pace.arrived(n);
    }
    return out.toByteArray();
  }

  /** The request with its body already read, for WireMock to read again. */
  private static final class ReadBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body was read already");
        }
      };
    }
  }
}
