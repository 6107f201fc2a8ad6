package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;

/**
 * A query parameter's first value from a WireMock request, API or admin, or null when it is not
 * there. WireMock's request classes differ on a missing parameter (the server's gives an absent
 * one, {@code ImmutableRequest} null); here both read the same. WireMock splits the query once.
 */
final class QueryValues {
  private QueryValues() {}

  static String first(Request request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
  }
}
