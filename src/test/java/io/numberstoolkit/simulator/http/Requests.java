package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.nio.charset.StandardCharsets;

/** WireMock requests built with WireMock's own request class, for tests that need no server. */
final class Requests {
  static final String BASE = "http://localhost:8080";

  private final ImmutableRequest.Builder builder = ImmutableRequest.create();

  private Requests(String method, String url) {
    builder.withMethod(RequestMethod.fromString(method)).withAbsoluteUrl(BASE + url);
  }

  static Requests of(String method, String url) {
    return new Requests(method, url);
  }

  static Request get(String url) {
    return of("GET", url).build();
  }

  Requests header(String name, String value) {
    builder.withHeader(name, value);
    return this;
  }

  Requests body(String contentType, String body) {
    return body(contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  Requests body(String contentType, byte[] body) {
    builder.withHeader("Content-Type", contentType).withBody(body);
    builder.withMultipart(contentType.startsWith("multipart/"));
    return this;
  }

  Request build() {
    return builder.build();
  }
}
