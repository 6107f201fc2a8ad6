package io.numberstoolkit.conformance.client;

import io.numberstoolkit.conformance.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One HTTP request the suite sent and what came back, as the failure summary shows it and the
 * coverage table counts it.
 *
 * @param status the HTTP status, or {@link #NO_ANSWER} when none came (see {@code failure})
 * @param parameters the documented parameters the request carried: body paths like {@code
 *     number.timers_attributes[].seconds}, query parameters like {@code ?page}, path segments like
 *     {@code {cid}}
 * @param fields the response body's field paths, like {@code number.greeting.message}, once the
 *     body was read; list answers name their items' fields the same way
 * @param cleanup true for the deletes the suite sends to clean up after a scenario
 */
public record Exchange(
    Operation operation,
    String method,
    String url,
    String requestContentType,
    String requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    String responseBody,
    String failure,
    Set<String> parameters,
    Set<String> fields,
    boolean cleanup) {

  public static final int NO_ANSWER = -1;

  public Exchange {
    responseHeaders = Map.copyOf(responseHeaders);
    parameters = Set.copyOf(parameters);
    fields = Set.copyOf(fields);
  }

  public Exchange withFields(Set<String> readFields) {
    return new Exchange(operation, method, url, requestContentType, requestBody, status,
        responseHeaders, responseBody, failure, parameters, readFields, cleanup);
  }

  public boolean answered() {
    return status != NO_ANSWER;
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

  public boolean hasBody() {
    return responseBody != null && !responseBody.isBlank();
  }
}
