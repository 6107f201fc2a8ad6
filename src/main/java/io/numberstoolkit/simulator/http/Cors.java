package io.numberstoolkit.simulator.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one CORS policy of the simulator, for the API and the admin API alike: which web pages may
 * call it, and what they are told. A page from an allowed origin has its origin named back with
 * {@code Access-Control-Allow-Credentials: true} (so {@code fetch(url, {credentials: 'include'})}
 * works) and may read every header the simulator sends. A page from any other origin is refused
 * with a 403 before anything is read or changed, whatever the request, a simple form POST
 * included: a hostile site open in the developer's browser must not reach the simulator on the
 * developer's machine. Allowed are the origins given with {@code --allow-origin} ({@code null} only
 * when given so), the simulator's own origin, and loopback origins: on any port for the API (the
 * app's dev server on localhost:5173 calling the simulator on 127.0.0.1:8080), on the simulator's
 * own port only for the admin API. Requests without {@code Origin} (curl, servers, tests) are no
 * browser's cross-origin requests and are not concerned.
 */
final class Cors {
  static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
  private static final String DEFAULT_ALLOWED_HEADERS =
      "Authorization, Content-Type, Accept, " + SessionName.HEADER + ", " + Faults.HEADER;
  /**
   * Every response header a page may need beyond the CORS-safelisted ones ({@code Content-Type},
   * {@code Content-Length}, …): {@code Link} (the docs' pagination), {@code Location} (on a
   * create), {@code Allow} (on a 405), {@code Retry-After} (on a faulted 429 or 503) and
   * {@code WWW-Authenticate} (on the admin's 401), so a frontend can follow, page and back off as
   * its code will against the real API.
   */
  static final String EXPOSED_HEADERS = "Link, Location, Allow, Retry-After, WWW-Authenticate";
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.[0-9]{1,3}){3}");

  private final Set<String> allowedOrigins;
  private final String publicOrigin;
  /** The admin API: loopback origins of the simulator's own port only. */
  private final boolean ownPortOnly;

  private Cors(List<String> allowedOrigins, String publicUrl, boolean ownPortOnly) {
    this.allowedOrigins = Set.copyOf(allowedOrigins.stream().map(Cors::normalised).toList());
    this.publicOrigin = publicUrl == null ? null : normalised(publicUrl);
    this.ownPortOnly = ownPortOnly;
  }

  static Cors forApi(List<String> allowedOrigins, String publicUrl) {
    return new Cors(allowedOrigins, publicUrl, false);
  }

  static Cors forAdmin(List<String> allowedOrigins, String publicUrl) {
    return new Cors(allowedOrigins, publicUrl, true);
  }

  /** Why a browser must not get this request through, or null when it may. */
  ApiException refusal(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String api = ownPortOnly ? "the admin API" : "the numbers API";
    if (origin != null && !allowed(origin, request)) {
      return new ApiException(403, api + " does not answer web pages from " + origin + " (it answers "
          + (ownPortOnly ? "its own origin" : "loopback origins such as http://localhost:5173")
          + " and those given with --allow-origin); start the simulator with --allow-origin " + origin
          + " to let it");
    }
    if (origin == null && "cross-site".equals(request.getHeader("Sec-Fetch-Site")) && !isNavigation(request)) {
      return new ApiException(403, api + " does not answer requests a page of another site sends;"
          + " start the simulator with --allow-origin ORIGIN to let a page call it");
    }
    return null;
  }

  /** The CORS headers of an answer: for an allowed origin, it named back with credentials. */
  Map<String, String> headers(HttpServletRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    String origin = request.getHeader("Origin");
    if (origin != null && allowed(origin, request)) {
      headers.put("Access-Control-Allow-Origin", origin);
      headers.put("Access-Control-Allow-Credentials", "true");
      headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
    headers.put("Vary", "Origin"); // the answer depends on it: no cache may hand it to another origin
    return headers;
  }

  /** The answer to an {@code OPTIONS}: a preflight from an allowed origin, or just what is allowed. */
  Reply preflight(HttpServletRequest request) {
    Map<String, String> headers = new LinkedHashMap<>(headers(request));
    if (headers.containsKey("Access-Control-Allow-Origin")) {
      String requested = request.getHeader("Access-Control-Request-Headers");
      headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
      headers.put("Access-Control-Allow-Headers", requested != null ? requested : DEFAULT_ALLOWED_HEADERS);
      headers.put("Access-Control-Max-Age", "600");
      if ("true".equals(request.getHeader("Access-Control-Request-Private-Network"))) {
        headers.put("Access-Control-Allow-Private-Network", "true"); // Chrome asks before a public page calls localhost
      }
    }
    headers.put("Allow", ALLOWED_METHODS);
    return Reply.noContent().withHeaders(headers);
  }

  private boolean allowed(String origin, HttpServletRequest request) {
    String normal = normalised(origin);
    if (allowedOrigins.contains(normal)) {
      return true;
    }
    if (normal.equals("null")) {
      return false; // sandboxed frames and file: pages: anyone's, so only when given
    }
    if (normal.equals(publicOrigin) || normal.equals(ownOrigin(request))) {
      return true;
    }
    try {
      URI uri = new URI(normal);
      String host = uri.getHost();
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      boolean loopback = host != null && (host.equals("localhost") || host.endsWith(".localhost")
          || IPV4_LOOPBACK.matcher(host).matches() || host.equals("[::1]"));
      return web && loopback && (!ownPortOnly || port(uri) == request.getLocalPort());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The origin the request itself was sent to: a page of the simulator's own (the console). */
  private static String ownOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    return host == null ? null : normalised(request.getScheme() + "://" + host);
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
  }

  /** A top-level navigation (a link followed): the page that linked can never read the answer. */
  private static boolean isNavigation(HttpServletRequest request) {
    String method = request.getMethod();
    return "navigate".equals(request.getHeader("Sec-Fetch-Mode")) && (method.equals("GET") || method.equals("HEAD"));
  }

  private static String normalised(String origin) {
    String lower = origin.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
