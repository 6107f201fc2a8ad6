package io.numberstoolkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Well-formed JSON requests over java.net.http, for the tests whose requests are valid (load,
 * tenancy, crashes). Every call is bounded; a failure message says what was sent and what came back.
 */
final class JsonClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final String baseUrl;
  private final String adminKey;

  JsonClient(String baseUrl) {
    this(baseUrl, null);
  }

  private JsonClient(String baseUrl, String adminKey) {
    this.baseUrl = baseUrl;
    this.adminKey = adminKey;
  }

  /** A client that sends the admin key ({@code Authorization: Bearer KEY}) on every request. */
  JsonClient withAdminKey(String key) {
    return new JsonClient(baseUrl, key);
  }

  /** An answer: status, the body read as JSON or XML by its Content-Type (null if none), and the text. */
  record Reply(String request, RawResponse response, JsonNode body) {
    int status() {
      return response.status();
    }

    String text() {
      return response.bodyText();
    }

    String describe() {
      return request + "\n  answered: " + response.describe();
    }
  }

  Reply send(String method, String pathAndQuery, String body) throws IOException, InterruptedException {
    String contentType = body != null && body.startsWith("<") ? EncodedBody.XML_TYPE : EncodedBody.JSON_TYPE;
    return send(method, pathAndQuery, contentType, body);
  }

  Reply send(String method, String pathAndQuery, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (adminKey != null) {
      request.header("Authorization", "Bearer " + adminKey);
    }
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    String sent = method + " " + pathAndQuery + (body == null ? "" : " (" + contentType + ") " + EscapedText.of(body, 400));
    RawResponse raw = new RawResponse(response.statusCode(), response.headers().map().entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(java.util.Locale.ROOT), e -> e.getValue())),
        response.body());
    JsonNode parsed = null;
    if (raw.body().length > 0) {
      try {
        parsed = Answers.read(raw);
      } catch (Exception e) {
        parsed = null;
      }
    }
    return new Reply(sent, raw, parsed);
  }

  Reply get(String pathAndQuery) throws IOException, InterruptedException {
    return send("GET", pathAndQuery, null);
  }
}
