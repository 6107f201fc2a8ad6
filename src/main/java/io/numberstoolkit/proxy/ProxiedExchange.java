package io.numberstoolkit.proxy;

import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.simulator.http.Route;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the proxy forwarded and the target's answer, as they passed: what {@link
 * ExchangeRules} judges and the recorder reads.
 *
 * @param path the raw path, e.g. {@code /numbers/5.json}
 * @param query the raw query string, or null
 * @param route the operation the request names, by the simulator's own routing; empty off the six
 */
public record ProxiedExchange(
    String method,
    String path,
    String query,
    String requestContentType,
    byte[] requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    byte[] responseBody,
    Optional<Route> route) {

  static ProxiedExchange of(String method, String url, String requestContentType, byte[] requestBody, int status,
      Map<String, List<String>> responseHeaders, byte[] responseBody) {
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    String query = question < 0 ? null : url.substring(question + 1);
    return new ProxiedExchange(method, path, query, requestContentType, requestBody, status, responseHeaders,
        responseBody, Route.matching(method, path));
  }

  public Optional<Operation> operation() {
    return route.map(Route::operation);
  }

  /** The extension the path asks for: {@code json}, {@code xml}, or another. */
  public String format() {
    int dot = path.lastIndexOf('.');
    return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  public String requestText() {
    return new String(requestBody, StandardCharsets.UTF_8);
  }

  public String responseText() {
    return new String(responseBody, StandardCharsets.UTF_8);
  }

  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /** Whether the request body says it is JSON. */
  public boolean jsonRequest() {
    return requestContentType != null
        && requestContentType.toLowerCase(Locale.ROOT).startsWith("application/json")
        && requestBody.length > 0;
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

  /** The numbers a successful JSON or XML answer carried: one for show, create and update, a page for list and search. */
  public List<com.fasterxml.jackson.databind.JsonNode> numbersCarried() {
    Optional<Operation> operation = operation();
    if (!successful() || operation.isEmpty() || operation.get() == Operation.DELETE
        || !(format().equals("json") || format().equals("xml")) || responseBody.length == 0) {
      return List.of();
    }
    Optional<com.fasterxml.jackson.databind.JsonNode> body =
        io.numberstoolkit.conformance.client.BodyParser.parse(responseText(), format());
    if (body.isEmpty()) {
      return List.of();
    }
    List<com.fasterxml.jackson.databind.JsonNode> numbers = new java.util.ArrayList<>();
    if (body.get().isArray()) {
      body.get().forEach(item -> numbers.add(item.path("number")));
    } else if (body.get().path("number").isObject()) {
      numbers.add(body.get().get("number"));
    }
    return numbers;
  }

  /** The same exchange as the conformance suite records one, so its contract check reads it. */
  Exchange asSuiteExchange() {
    return new Exchange(operation(), method, "http://target" + path + (query == null ? "" : "?" + query),
        requestContentType, requestText(), List.of(), status, responseHeaders, responseText(), null, false);
  }
}
