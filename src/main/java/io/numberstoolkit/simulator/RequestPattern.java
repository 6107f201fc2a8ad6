package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which received requests a verification counts, in WireMock's words:
 * <pre>{@code
 * simulator.verify(exactly(1), postRequestedFor("/numbers.json").withStatus(201)
 *     .withJsonField("/number/afid", "0001"));
 * simulator.verify(getRequestedFor("/numbers/{id}.json").inSession("a"));
 * }</pre>
 * A path is matched whole, without the query string; {@code {name}} stands for one path segment.
 * Each {@code with…} narrows the pattern; a request that fails it is described by what differs, so
 * a failed verification can say how close each received request came.
 */
public final class RequestPattern {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE = Pattern.compile("\\{[^/{}]+\\}");

  private final String method;
  private final String path;
  private final Pattern pathPattern;
  private final List<Criterion> criteria;

  /** One condition beyond method and path: what it asks, and what a request that fails it has instead. */
  private record Criterion(String wanted, java.util.function.Function<ReceivedRequest, String> difference) {}

  private RequestPattern(String method, String path, List<Criterion> criteria) {
    this.method = method;
    this.path = path;
    this.pathPattern = path == null ? null : template(path);
    this.criteria = List.copyOf(criteria);
  }

  public static RequestPattern getRequestedFor(String path) {
    return requestedFor("GET", path);
  }

  public static RequestPattern postRequestedFor(String path) {
    return requestedFor("POST", path);
  }

  public static RequestPattern putRequestedFor(String path) {
    return requestedFor("PUT", path);
  }

  public static RequestPattern deleteRequestedFor(String path) {
    return requestedFor("DELETE", path);
  }

  /** Any method, this path. */
  public static RequestPattern anyRequestedFor(String path) {
    return new RequestPattern(null, Objects.requireNonNull(path, "path"), List.of());
  }

  /** Every request, whatever its method and path: narrow it with the {@code with…} methods. */
  public static RequestPattern anyRequest() {
    return new RequestPattern(null, null, List.of());
  }

  public static RequestPattern requestedFor(String method, String path) {
    return new RequestPattern(method.toUpperCase(java.util.Locale.ROOT), Objects.requireNonNull(path, "path"), List.of());
  }

  public RequestPattern withStatus(int status) {
    return with("status " + status,
        r -> r.status() == status ? null : "status " + r.status());
  }

  /** Sent in this session ({@code X-Numbers-Session} or {@code numbers_session}). */
  public RequestPattern inSession(String session) {
    Objects.requireNonNull(session, "session: use inSharedSpace() for none");
    return with("in session " + session,
        r -> session.equals(r.session()) ? null : r.session() == null ? "no session" : "session " + r.session());
  }

  /** Sent without a session, to the space everyone shares. */
  public RequestPattern inSharedSpace() {
    return with("in the shared space", r -> r.session() == null ? null : "session " + r.session());
  }

  /** With this query parameter (its value percent-decoded; an {@code api_key} reads {@code ***}). */
  public RequestPattern withQueryParam(String name, String value) {
    return with("query " + name + "=" + value, r -> {
      List<String> values = queryValues(r.url(), name);
      return values.contains(value) ? null : values.isEmpty() ? "no " + name + " in the query" : name + "=" + values;
    });
  }

  /** Whose request body contains this text (as sent, keys masked). */
  public RequestPattern withBodyContaining(String text) {
    return with("a body containing '" + text + "'", r -> r.requestBody() != null && r.requestBody().contains(text)
        ? null : r.requestBody() == null ? "no body" : "a body without '" + text + "'");
  }

  /**
   * Whose request body (JSON, or Rails XML read in its JSON shape) has this value at the JSON
   * pointer, such as {@code withJsonField("/number/afid", "0001")}. A value sent as XML is text;
   * it is compared as text to a number or a boolean here.
   */
  public RequestPattern withJsonField(String pointer, Object value) {
    JsonNode expected = JSON.valueToTree(value);
    return with(pointer + " = " + expected, r -> {
      JsonNode body = r.requestJson();
      if (body == null) {
        return r.requestBody() == null ? "no body" : "a body that is not JSON or XML";
      }
      JsonNode actual = body.at(pointer);
      if (actual.isMissingNode()) {
        return "no " + pointer;
      }
      boolean same = actual.equals(expected) || (actual.isTextual() && expected.isValueNode()
          && !expected.isNull() && actual.asText().equals(expected.asText()));
      return same ? null : pointer + " = " + actual;
    });
  }

  /** Whose answer named this contract violation (its pointer, such as {@code /number/afid}). */
  public RequestPattern withViolationAt(String pointer) {
    return with("a violation at " + pointer, r -> r.violations().stream().anyMatch(v -> v.pointer().equals(pointer))
        ? null : r.violations().isEmpty() ? "no violations" : "violations at " + pointers(r));
  }

  private RequestPattern with(String wanted, java.util.function.Function<ReceivedRequest, String> difference) {
    List<Criterion> more = new ArrayList<>(criteria);
    more.add(new Criterion(wanted, difference));
    return new RequestPattern(method, path, more);
  }

  boolean matches(ReceivedRequest request) {
    return differences(request).isEmpty();
  }

  /** What this request has instead of what the pattern asks, one phrase per difference; empty: it matches. */
  List<String> differences(ReceivedRequest request) {
    List<String> differences = new ArrayList<>();
    if (method != null && !method.equals(request.method())) {
      differences.add("method " + request.method());
    }
    if (pathPattern != null && !pathPattern.matcher(request.path()).matches()) {
      differences.add("path " + request.path());
    }
    for (Criterion criterion : criteria) {
      String difference = criterion.difference().apply(request);
      if (difference != null) {
        differences.add(difference);
      }
    }
    return differences;
  }

  /** {@code POST /numbers.json with status 201, in session a}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(method == null ? "any method" : method).append(' ')
        .append(path == null ? "to any path" : path);
    for (int i = 0; i < criteria.size(); i++) {
      text.append(i == 0 ? " with " : ", ").append(criteria.get(i).wanted());
    }
    return text.toString();
  }

  private static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    Matcher names = TEMPLATE.matcher(path);
    int from = 0;
    while (names.find()) {
      regex.append(Pattern.quote(path.substring(from, names.start()))).append("[^/]+");
      from = names.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(path.substring(from))).toString());
  }

  private static List<String> queryValues(String url, String name) {
    List<String> values = new ArrayList<>();
    int question = url.indexOf('?');
    if (question < 0) {
      return values;
    }
    for (String pair : url.substring(question + 1).split("&")) {
      int equals = pair.indexOf('=');
      String key = decoded(equals < 0 ? pair : pair.substring(0, equals));
      if (key.equals(name)) {
        values.add(equals < 0 ? "" : decoded(pair.substring(equals + 1)));
      }
    }
    return values;
  }

  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static List<String> pointers(ReceivedRequest request) {
    return request.violations().stream().map(ContractViolation::pointer).toList();
  }
}
