package io.numberstoolkit.simulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** CORS on every answer, preflight included, so a browser app on any origin can call the simulator. */
final class Cors {
  private static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
  private static final String DEFAULT_ALLOWED_HEADERS =
      "Content-Type, Accept, " + SessionName.HEADER + ", " + Faults.HEADER;
  /**
   * Every response header a page may need beyond the CORS-safelisted ones ({@code Content-Type},
   * {@code Content-Length}, …): {@code Link} (the docs' pagination), {@code Location} (on a
   * create), {@code Allow} (on a 405) and {@code Retry-After} (on a faulted 429 or 503), so a
   * frontend can follow, page and back off as its code will against the real API.
   */
  private static final String EXPOSED_HEADERS = "Link, Location, Allow, Retry-After";

  private Cors() {}

  static Reply preflight(ApiRequest request) {
    String requested = request.header("Access-Control-Request-Headers");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
    headers.put("Access-Control-Allow-Headers", requested != null ? requested : DEFAULT_ALLOWED_HEADERS);
    headers.put("Access-Control-Max-Age", "600");
    headers.put("Allow", ALLOWED_METHODS);
    return Reply.noContent().withHeaders(headers);
  }

  static Reply addTo(Reply reply, ApiRequest request) {
    String origin = request.header("Origin");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Access-Control-Allow-Origin", origin != null ? origin : "*");
    headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    if (origin != null) {
      headers.put("Vary", "Origin");
    }
    return reply.withHeaders(headers);
  }
}
