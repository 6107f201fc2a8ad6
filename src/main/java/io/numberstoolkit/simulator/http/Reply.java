package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulator replies: a status, headers and a rendered body (empty for 204). Immutable, so
 * a reply can be handed on and added to without anyone seeing it change under them.
 */
record Reply(int status, Map<String, String> headers, byte[] body) {
  Reply {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A reply whose body is already rendered in the format. */
  static Reply of(int status, Format format, byte[] rendered) {
    return new Reply(status, Map.of("Content-Type", format.contentType), rendered);
  }

  static Reply noContent() {
    return new Reply(204, Map.of(), new byte[0]);
  }

  Reply withHeader(String name, String value) {
    return withHeaders(Map.of(name, value));
  }

  /** A copy with these headers added, replacing any of the same name. */
  Reply withHeaders(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new Reply(status, all, body);
  }

  /** The reply as WireMock serves it, after {@code delayMs} (served asynchronously). */
  ResponseDefinition definition(long delayMs) {
    List<HttpHeader> list = new ArrayList<>();
    headers.forEach((name, value) -> list.add(new HttpHeader(name, value)));
    ResponseDefinitionBuilder builder =
        ResponseDefinitionBuilder.responseDefinition().withStatus(status).withHeaders(new HttpHeaders(list));
    if (body.length > 0) {
      builder.withBody(body);
    }
    if (delayMs > 0) {
      builder.withFixedDelay((int) delayMs);
    }
    return builder.build();
  }
}
