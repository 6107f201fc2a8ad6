package io.numberstoolkit.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The few single requests the benchmark makes around its load runs (never inside a measurement). */
final class AdminClient {
  /** Headers of a stored answer that belong to one exchange, not to the answer a stub replays. */
  private static final Set<String> PER_EXCHANGE =
      Set.of("content-length", "date", "server", "transfer-encoding", "connection", "keep-alive");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;

  AdminClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** An answer's body and the headers a static stub should give with it. */
  record StoredAnswer(byte[] body, List<String> headers) {}

  StoredAnswer answerTo(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray(), 200);
    List<String> headers = new ArrayList<>();
    response.headers().map().forEach((name, values) -> {
      if (!PER_EXCHANGE.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        values.forEach(value -> headers.add(name + ": " + value));
      }
    });
    return new StoredAnswer(response.body(), headers);
  }

  /** The id of the first number the shared space lists. */
  long firstListedId() throws IOException, InterruptedException {
    JsonNode page = json("/numbers.json");
    if (page.isEmpty()) {
      throw new IOException("the simulator lists no numbers");
    }
    return page.get(0).get("number").get("id").asLong();
  }

  /** The ids the shared space lists on pages {@code 1..pages} (fewer when it has fewer pages). */
  List<Long> listedIds(int pages) throws IOException, InterruptedException {
    List<Long> ids = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      JsonNode numbers = json("/numbers.json?page=" + page);
      if (numbers.isEmpty()) {
        break;
      }
      numbers.forEach(item -> ids.add(item.get("number").get("id").asLong()));
    }
    return ids;
  }

  int requestLogEntries() throws IOException, InterruptedException {
    return json("/__admin/numbers/requests").get("requests").size();
  }

  void dropSession(String name) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(uri("/__admin/numbers/sessions/" + name)).DELETE(), HttpResponse.BodyHandlers.discarding(), 200);
  }

  void expectStatus(String path, int status) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.discarding(), status);
  }

  private JsonNode json(String path) throws IOException, InterruptedException {
    return JSON.readTree(send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString(), 200).body());
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, int status)
      throws IOException, InterruptedException {
    HttpResponse<T> response = http.send(request.build(), body);
    if (response.statusCode() != status) {
      throw new IOException(response.request().method() + " " + response.uri() + " answered "
          + response.statusCode() + ", expected " + status);
    }
    return response;
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }
}
