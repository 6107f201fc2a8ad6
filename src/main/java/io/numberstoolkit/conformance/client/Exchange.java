package io.numberstoolkit.conformance.client;

import io.numberstoolkit.contract.Operation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request the suite sent and what came back, as sent and received: the failure summary
 * prints it and the coverage table derives from it what the request and its answer exercised.
 *
 * @param operation the endpoint the request was meant for; empty for a request off the six
 * @param requestBody the body as sent, or a description of a multipart body's parts
 * @param multipartFields the names of a multipart body's parts, in order; empty for other bodies
 * @param status the HTTP status, or {@link #NO_ANSWER} when none came (see {@code failure})
 * @param cleanup true for the deletes the suite sends to clean up after a scenario
 */
public record Exchange(
    Optional<Operation> operation,
    String method,
    String url,
    String requestContentType,
    String requestBody,
    List<String> multipartFields,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody,
    String failure,
    boolean cleanup) {

  public static final int NO_ANSWER = -1;

  public Exchange {
    multipartFields = List.copyOf(multipartFields);
    responseHeaders = Map.copyOf(responseHeaders);
  }

  public boolean answered() {
    return status != NO_ANSWER;
  }

  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /** The extension the URL asks for ({@code json} in {@code /numbers/5.json?page=2}), or "". */
  public String format() {
    return Call.formatOf(url);
  }

  /** The URL's raw query string, or null when it has none. */
  public String query() {
    return URI.create(url).getRawQuery();
  }

  /** The first value of a response header, matched without regard to case, or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : responseHeaders.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /** The answer's media type, lower case and without parameters: "" when it named none. */
  public String mediaType() {
    String contentType = header("Content-Type");
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the answer says it is XML: text/xml or application/xml, which RFC 7303 makes the same
   * media type (the facts name text/xml; a Rails service answers application/xml).
   */
  public boolean isXml() {
    return mediaType().equals("text/xml") || mediaType().equals("application/xml");
  }

  public boolean hasBody() {
    return responseBody != null && !responseBody.isBlank();
  }
}
