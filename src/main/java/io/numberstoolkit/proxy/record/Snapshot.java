package io.numberstoolkit.proxy.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.conformance.client.LinkHeader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a target's numbers page by page, read-only (GET on the list, nothing else), into a {@link
 * NumberRecorder}: the next page is the one its {@code Link} header names as {@code next}, or
 * without a Link header the following {@code ?page} while pages come full. Bounded: at most enough
 * pages for {@link NumberRecorder#MAX_NUMBERS}, each page once, and a next link to another origin
 * is not followed (the API key would go with it).
 */
public final class Snapshot {
  private static final int PAGE_SIZE = io.numberstoolkit.contract.ApiFacts.PAGE_SIZE;
  private static final int MAX_PAGES = NumberRecorder.MAX_NUMBERS / PAGE_SIZE + 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final Duration timeout;

  public Snapshot(Duration connectTimeout, Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    this.timeout = timeout;
  }

  /** Why a snapshot stopped before the last page. */
  public static final class SnapshotException extends Exception {
    SnapshotException(String message) {
      super(message);
    }
  }

  /** Reads every page into {@code into}; returns how many pages were read. */
  public int take(String baseUrl, String apiKey, String companyId, NumberRecorder into)
      throws SnapshotException, InterruptedException {
    String base = baseUrl.replaceAll("/+$", "");
    String query = "api_key=" + encode(apiKey) + (companyId == null ? "" : "&company_id=" + encode(companyId));
    URI next = URI.create(base + "/numbers.json?" + query + "&page=1");
    String origin = origin(next);
    Set<URI> read = new HashSet<>();
    int page = 1;
    while (next != null) {
      if (!read.add(next) || read.size() > MAX_PAGES) {
        break; // a link back to a page already read, or more pages than a snapshot holds
      }
      JsonNode numbers = get(next, page);
      numbers.forEach(item -> into.seen(item.path("number")));
      Optional<String> linked = LinkHeader.parse(lastLink).get("next");
      if (linked.isPresent()) {
        URI candidate = next.resolve(linked.get());
        if (!origin(candidate).equals(origin)) {
          throw new SnapshotException("page " + page + " names its next page at " + origin(candidate)
              + ", not at " + origin + "; the snapshot does not send the API key there");
        }
        next = candidate;
      } else if (lastLink == null && numbers.size() == PAGE_SIZE) {
        next = URI.create(base + "/numbers.json?" + query + "&page=" + (page + 1));
      } else {
        next = null;
      }
      page++;
    }
    return read.size();
  }

  private String lastLink;

  private JsonNode get(URI url, int page) throws SnapshotException, InterruptedException {
    HttpResponse<String> response;
    try {
      response = client.send(HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SnapshotException("page " + page + " could not be read: " + e.getMessage());
    }
    if (response.statusCode() != 200) {
      throw new SnapshotException("page " + page + " answered " + response.statusCode()
          + (response.statusCode() == 401 ? " (is the API key right?)" : ""));
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isArray()) {
      throw new SnapshotException("page " + page + " is not a JSON array of numbers");
    }
    lastLink = response.headers().firstValue("Link").orElse(null);
    return body;
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
