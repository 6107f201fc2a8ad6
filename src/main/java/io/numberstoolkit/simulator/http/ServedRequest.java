package io.numberstoolkit.simulator.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URI;

/**
 * A request as WireMock and the simulator read it. {@code HEAD} reads as {@code GET}, so it is
 * served wherever GET is (Jetty sends the headers and drops the body, as RFC 9110 asks). Its own
 * URL, which the {@code Link} header is built from, names the {@code --public-url} or else the
 * address and port the connection arrived on: never the {@code Host} header, which a client writes.
 */
final class ServedRequest extends HttpServletRequestWrapper {
  private final String scheme;
  private final String host;
  private final int port;

  private ServedRequest(HttpServletRequest request, URI publicUrl) {
    super(request);
    if (publicUrl != null) {
      scheme = publicUrl.getScheme();
      host = publicUrl.getHost();
      port = publicUrl.getPort() >= 0 ? publicUrl.getPort() : (scheme.equals("https") ? 443 : 80);
    } else {
      String address = request.getLocalAddr();
      scheme = "http";
      host = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
      port = request.getLocalPort();
    }
  }

  static ServedRequest of(HttpServletRequest request, URI publicUrl) {
    return new ServedRequest(request, publicUrl);
  }

  @Override
  public String getMethod() {
    String method = super.getMethod();
    return method.equals("HEAD") ? "GET" : method;
  }

  @Override
  public StringBuffer getRequestURL() {
    StringBuffer url = new StringBuffer(scheme).append("://").append(host);
    if (port != (scheme.equals("https") ? 443 : 80)) {
      url.append(':').append(port);
    }
    return url.append(getRequestURI());
  }

  @Override
  public String getScheme() {
    return scheme;
  }

  @Override
  public String getServerName() {
    return host;
  }

  @Override
  public int getServerPort() {
    return port;
  }
}
