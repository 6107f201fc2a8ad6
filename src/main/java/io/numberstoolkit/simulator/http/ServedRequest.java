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
      String bare = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
      host = bare.contains(":") ? "[" + shortIpv6(bare) + "]" : bare;
      port = request.getLocalPort();
    }
  }

  /**
   * An IPv6 address as people write it (RFC 5952): {@code ::1}, not the {@code 0:0:0:0:0:0:0:1}
   * Java reports, so a {@code Location} or {@code Link} reads as the URL the client used.
   */
  static String shortIpv6(String address) {
    String[] groups = address.split(":", -1);
    if (groups.length != 8 || address.contains("%")) {
      return address;
    }
    int bestStart = -1;
    int bestLength = 1; // a single zero group stays "0"
    for (int i = 0; i < 8; i++) {
      groups[i] = groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(java.util.Locale.ROOT);
    }
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j].equals("0")) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    if (bestStart < 0) {
      return String.join(":", groups);
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
    String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, 8));
    return head + "::" + tail;
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
