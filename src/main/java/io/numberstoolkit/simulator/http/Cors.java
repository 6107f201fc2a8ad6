package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.Request;
import java.util.Map;

/** CORS on every answer, preflight included, so a browser app on any origin can call the simulator. */
final class Cors {
  private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
  private static final String DEFAULT_ALLOWED_HEADERS =
      "Content-Type, Accept, " + NumbersApi.SESSION_HEADER + ", " + Faults.HEADER;
  private static final String EXPOSED_HEADERS = "Link, Location, Allow";

  private Cors() {}

  static boolean isPreflight(Request request) {
    return request.getMethod().getName().equals("OPTIONS");
  }

  static Answer preflight(Request request) {
    String requested = request.getHeader("Access-Control-Request-Headers");
    return Answer.noContent()
        .withHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
        .withHeader("Access-Control-Allow-Headers", requested != null ? requested : DEFAULT_ALLOWED_HEADERS)
        .withHeader("Access-Control-Max-Age", "600")
        .withHeader("Allow", ALLOWED_METHODS);
  }

  static void addTo(Map<String, String> headers, Request request) {
    String origin = request.getHeader("Origin");
    headers.put("Access-Control-Allow-Origin", origin != null ? origin : "*");
    headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    if (origin != null) {
      headers.put("Vary", "Origin");
    }
  }
}
