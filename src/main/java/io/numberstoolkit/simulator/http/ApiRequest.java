package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.Request;
import java.util.regex.Pattern;

/**
 * One API request as the simulator reads it, parsed once where it enters ({@link NumbersFilter}):
 * method, path, raw query, the format to answer in, the route, the session and the fault header.
 * Everything after works from this, never from the URL again; only the body is read later, and
 * only by the operations that take one.
 */
final class ApiRequest {
  private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");

  private final Request request;
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Format format;
  private final String session;
  private final String faultHeader;
  private final Route route;
  /** Why the path names no operation; kept until asked, since a fault or a preflight comes first. */
  private final ApiException unrouted;

  private ApiRequest(Request request) {
    this.request = request;
    String url = request.getUrl();
    this.method = request.getMethod().getName();
    this.path = pathOf(request);
    this.rawQuery = path.length() == url.length() ? "" : url.substring(path.length() + 1);
    this.format = Format.answering(path);
    this.session = SessionName.ofApiRequest(request);
    this.faultHeader = request.getHeader(Faults.HEADER);
    Route routed = null;
    ApiException refusal = null;
    try {
      routed = Route.of(method, path);
    } catch (ApiException e) {
      refusal = e;
    }
    this.route = routed;
    this.unrouted = refusal;
  }

  static ApiRequest of(Request request) {
    return new ApiRequest(request);
  }

  /** The request's path, without the query string. */
  static String pathOf(Request request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    return question < 0 ? url : url.substring(0, question);
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  /** The query string as sent, without the {@code ?}; empty when there is none. */
  String rawQuery() {
    return rawQuery;
  }

  /** The format to answer in, also when the request is refused before it is routed. */
  Format format() {
    return format;
  }

  /** The session the request names, or null for the shared space. */
  String session() {
    return session;
  }

  /** The {@code X-Numbers-Fault} header, or null. */
  String faultHeader() {
    return faultHeader;
  }

  /** The operation the request names, or the API's refusal of a path or method it does not serve. */
  Route route() throws ApiException {
    if (unrouted != null) {
      throw unrouted;
    }
    return route;
  }

  String header(String name) {
    return request.getHeader(name);
  }

  /** A query parameter's first value, or null (WireMock splits the query once and keeps it). */
  String queryValue(String name) {
    return QueryValues.first(request, name);
  }

  /** The listing page asked for by {@code ?page=N}; 1 without one. */
  int requestedPage() throws ApiException {
    String text = queryValue("page");
    if (text == null) {
      return 1;
    }
    if (!PAGE.matcher(text).matches()) {
      throw new ApiException(400, "page must be a whole number from 1, not '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  /** The absolute URL of the path, without the query: what the {@code Link} header's URLs start with. */
  String absoluteUrlWithoutQuery() {
    String absolute = request.getAbsoluteUrl();
    int question = absolute.indexOf('?');
    return question < 0 ? absolute : absolute.substring(0, question);
  }

  /**
   * The absolute URL of {@code path} on this simulator, from the same base as the {@code Link}
   * header ({@link ServedRequest}: the public URL or the connection's address, never {@code Host}).
   */
  String absoluteUrl(String path) {
    String absolute = absoluteUrlWithoutQuery();
    int pathStart = absolute.indexOf('/', absolute.indexOf("://") + 3);
    return (pathStart < 0 ? absolute : absolute.substring(0, pathStart)) + path;
  }

  /** The body in the API's JSON shape; read only when asked, by the operations that take one. */
  RequestBody body(long maxBodyBytes) throws ApiException {
    return RequestBody.of(request, maxBodyBytes);
  }
}
