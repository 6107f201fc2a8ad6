package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.Request;

/**
 * Which state space a request names, decided here for the API, the admin API and the request log
 * alike; none (null) means the shared space. An API request names it in the {@code
 * X-Numbers-Session} header or, from a browser that cannot set headers, the {@code numbers_session}
 * query parameter; the header wins. An admin request names the space it acts on in its {@code
 * session} query parameter, which wins over the header: a test client that sends the header on
 * every request can still reset or load another session.
 */
final class SessionName {
  static final String HEADER = "X-Numbers-Session";
  static final String API_PARAMETER = "numbers_session";
  static final String ADMIN_PARAMETER = "session";

  private SessionName() {}

  static String ofApiRequest(Request request) {
    String header = request.getHeader(HEADER);
    return header != null ? header : QueryValues.first(request, API_PARAMETER);
  }

  static String ofAdminRequest(Request request) {
    String parameter = QueryValues.first(request, ADMIN_PARAMETER);
    return parameter != null ? parameter : request.getHeader(HEADER);
  }

  /** How a reply names the space: "the shared space" or "session NAME". */
  static String describe(String session) {
    return session == null || session.isEmpty() ? "the shared space" : "session " + session;
  }
}
