package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --max-body-bytes} counts the bytes that arrive, not only what Content-Length says: a
 * chunked body past the limit is a JSON 413 and creates nothing (before, a chunked 600 MiB body
 * was read into memory). Compressed bodies are refused with 415 (before, a 917 KB gzip body
 * inflated to 900 MiB). A chunked multipart body is held to the limit too.
 */
class RequestBodyLimitsAcceptanceTest {
  private static final int LIMIT = 64 * 1024;
  private static final String CREATE = "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}";

  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().port(0).maxBodyBytes(LIMIT).build());

  private final NumbersClient api = simulator.client();
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /** A valid create, padded with whitespace (still one JSON document) to {@code size} bytes. */
  private static byte[] paddedCreate(int size) {
    return (CREATE + " ".repeat(size - CREATE.length())).getBytes(StandardCharsets.UTF_8);
  }

  /** Sent without Content-Length: the JDK client streams an InputStream body chunked. */
  private HttpResponse<String> postChunked(String contentType, byte[] body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.json"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode error(HttpResponse<String> response) {
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    return Wire.parse(response.body()).get("error");
  }

  @Test
  void aChunkedBodyPastTheLimitIs413AndCreatesNothing() throws Exception {
    String before = api.listing();
    HttpResponse<String> response = postChunked("application/json", paddedCreate(2 * LIMIT));
    assertEquals(413, response.statusCode(), response.body());
    assertEquals("the body has more than 65536 bytes; this simulator takes at most 65536",
        error(response).get("message").asText());
    assertEquals(before, api.listing());
  }

  @Test
  void aChunkedBodyWithinTheLimitIsServed() throws Exception {
    HttpResponse<String> response = postChunked("application/json", paddedCreate(LIMIT));
    assertEquals(201, response.statusCode(), response.body());
  }

  @Test
  void aCompressedBodyIs415SayingWhatIsAccepted() throws Exception {
    String before = api.listing();
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(paddedCreate(160 * LIMIT)); // 10 MiB inflated; about 10 KB sent
    }
    for (String coding : new String[] {"gzip", "deflate", "br"}) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.xml"))
          .header("Content-Type", "application/json").header("Content-Encoding", coding)
          .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(415, response.statusCode(), response.body());
      assertEquals("identity", response.headers().firstValue("Accept-Encoding").orElse(null));
      assertTrue(response.body().contains("<status type=\"integer\">415</status>"), response.body());
    }
    assertEquals(before, api.listing());
  }

  @Test
  void aChunkedMultipartBodyPastTheLimitIs413AndOneWithinItIsServed() throws Exception {
    String before = api.listing();
    String fields = "--XyZ\r\nContent-Disposition: form-data; name=\"number[afid]\"\r\n\r\n0002\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"number[cid]\"\r\n\r\n0001\r\n";
    String padding = "--XyZ\r\nContent-Disposition: form-data; name=\"padding\"\r\n\r\n" + " ".repeat(2 * LIMIT) + "\r\n";
    HttpResponse<String> tooLarge = postChunked("multipart/form-data; boundary=XyZ",
        (fields + padding + "--XyZ--\r\n").getBytes(StandardCharsets.US_ASCII));
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertEquals(before, api.listing());
    HttpResponse<String> served = postChunked("multipart/form-data; boundary=XyZ",
        (fields + "--XyZ--\r\n").getBytes(StandardCharsets.US_ASCII));
    assertEquals(201, served.statusCode(), served.body());
  }

  @Test
  void anIdentityCodingIsNoCoding() throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.json"))
        .header("Content-Type", "application/json").header("Content-Encoding", "identity")
        .POST(HttpRequest.BodyPublishers.ofString(CREATE)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, response.statusCode(), response.body());
  }
}
