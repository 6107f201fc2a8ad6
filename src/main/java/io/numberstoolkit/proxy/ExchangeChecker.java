package io.numberstoolkit.proxy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.numberstoolkit.proxy.record.NumberRecorder;
import io.numberstoolkit.simulator.http.MaskedUrl;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Judges every answer WireMock's proxying brings back before the client gets it: the exchange is
 * checked ({@link ExchangeRules}), its violations added as {@value #HEADER} and kept in the log,
 * the numbers it carried recorded, one line printed. With {@code strict} a violating answer
 * becomes a 502 naming its violations. A target that gave no answer is the client's 502 or 504
 * and a {@code TARGET} entry in the log.
 */
final class ExchangeChecker implements ResponseTransformerV2 {
  /** The violations of one exchange, as a JSON array (like Prism's {@code sl-violations}). */
  static final String HEADER = "X-Numbers-Violations";
  /** The longest {@value #HEADER} value: servers and clients refuse header blocks past 8 KB. */
  static final int HEADER_LIMIT = 4096;
  private static final int MESSAGE_LIMIT = 300;
  private static final ObjectMapper ASCII_JSON = JsonMapper.builder().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII).build();

  private final ExchangeRules rules;
  private final ViolationLog log;
  private final NumberRecorder recorder;
  private final boolean strict;
  private final String targetOrigin;
  private final Consumer<String> printer;

  ExchangeChecker(ExchangeRules rules, ViolationLog log, NumberRecorder recorder, boolean strict, URI target,
      Consumer<String> printer) {
    this.rules = rules;
    this.log = log;
    this.recorder = recorder;
    this.strict = strict;
    this.targetOrigin = origin(target);
    this.printer = printer;
  }

  @Override
  public String getName() {
    return "numbers-proxy-checker";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public Response transform(Response response, ServeEvent event) {
    LoggedRequest request = event.getRequest();
    String method = request.getMethod().getName();
    String masked = MaskedUrl.of(request.getUrl());
    HttpHeaders headers = response.getHeaders() == null ? new HttpHeaders() : response.getHeaders();
    List<ProxyViolation> violations = new ArrayList<>();
    Response answer;
    HttpHeader failure = headers.getHeader(TargetClient.FAILURE_HEADER);
    if (failure.isPresent()) {
      violations.add(new ProxyViolation(response.getStatus() == 504 ? "TARGET_TIMEOUT" : "TARGET_FAILURE",
          ProxyViolation.Side.TARGET, MaskedUrl.of(errorOf(response))));
      answer = Response.Builder.like(response).headers(without(headers, TargetClient.FAILURE_HEADER)).build();
    } else {
      ProxiedExchange exchange = ProxiedExchange.of(method, request.getUrl(),
          request.contentTypeHeader().isPresent() ? request.contentTypeHeader().firstValue() : null,
          request.getBody() == null ? new byte[0] : request.getBody(), response.getStatus(),
          headerMap(headers), response.getBody() == null ? new byte[0] : response.getBody());
      violations.addAll(checked(exchange));
      if (recorder != null) {
        record(exchange);
      }
      answer = violations.stream().anyMatch(v -> v.side() == ProxyViolation.Side.ANSWER) && strict
          ? refused(violations)
          : Response.Builder.like(response).headers(pointedAtProxy(headers, request)).build();
    }
    if (!violations.isEmpty()) {
      answer = Response.Builder.like(answer).headers(answer.getHeaders().plus(new HttpHeader(HEADER, header(violations)))).build();
    }
    log.add(method, masked, answer.getStatus(), violations);
    if (printer != null) {
      printer.accept(line(method, masked, answer.getStatus(), System.currentTimeMillis() - request.getLoggedDate().getTime(),
          violations));
    }
    return answer;
  }

  private void record(ProxiedExchange exchange) {
    if (exchange.operation().filter(op -> op == io.numberstoolkit.contract.Operation.DELETE).isPresent()) {
      if (exchange.successful()) {
        exchange.route().ifPresent(route -> recorder.deleted(route.id()));
      }
      return;
    }
    exchange.numbersCarried().forEach(recorder::seen);
  }

  /** A failure in the checks themselves is reported as one, never passed on as the target's. */
  private List<ProxyViolation> checked(ProxiedExchange exchange) {
    try {
      return rules.check(exchange);
    } catch (RuntimeException e) {
      return List.of(new ProxyViolation("PROXY_CHECK_FAILED", ProxyViolation.Side.ANSWER,
          "the proxy could not check this answer: " + e));
    }
  }

  static String line(String method, String maskedUrl, int status, long millis, List<ProxyViolation> violations) {
    String verdict = violations.isEmpty() ? "ok"
        : violations.size() + (violations.size() == 1 ? " violation: " : " violations: ")
            + violations.stream().map(ProxyViolation::rule).distinct().collect(Collectors.joining(", "));
    return method + " " + maskedUrl + " " + status + " " + millis + " ms " + verdict;
  }

  /** The violations as a JSON array no longer than {@link #HEADER_LIMIT}, in ASCII. */
  static String header(List<ProxyViolation> violations) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    int listed = 0;
    for (ProxyViolation v : violations) {
      ObjectNode item = JsonNodeFactory.instance.objectNode()
          .put("rule", v.rule()).put("side", v.side().label()).put("message", shortened(v.message()));
      list.add(item);
      if (text(list).length() > HEADER_LIMIT - 120) {
        list.remove(list.size() - 1);
        break;
      }
      listed++;
    }
    if (listed < violations.size()) {
      list.addObject().put("rule", "MORE").put("side", "proxy")
          .put("message", (violations.size() - listed) + " more; GET /__admin/numbers/proxy/violations lists them");
    }
    return text(list);
  }

  private static String text(ArrayNode list) {
    try {
      return ASCII_JSON.writeValueAsString(list);
    } catch (Exception e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static String shortened(String message) {
    String oneLine = message.replaceAll("[\\r\\n\\t]+", " ");
    return oneLine.length() <= MESSAGE_LIMIT ? oneLine : oneLine.substring(0, MESSAGE_LIMIT - 1) + "…";
  }

  /** What a strict proxy answers in place of a violating answer. */
  private static Response refused(List<ProxyViolation> violations) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("error", "the target's answer breaks the numbers API contract (the proxy runs with --strict)");
    ArrayNode list = body.putArray("violations");
    violations.forEach(v -> list.addObject().put("rule", v.rule()).put("side", v.side().label()).put("message", v.message()));
    return Response.response().status(502)
        .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/json")))
        .body(body.toString()).build();
  }

  /**
   * Link and Location name the target's own origin; pointed at the proxy instead, a client that
   * follows them stays behind the proxy. The checks ran on the target's answer as it came.
   */
  private HttpHeaders pointedAtProxy(HttpHeaders headers, LoggedRequest request) {
    if (!headers.getHeader("Link").isPresent() && !headers.getHeader("Location").isPresent()) {
      return headers;
    }
    String proxyOrigin;
    try {
      proxyOrigin = origin(URI.create(request.getAbsoluteUrl()));
    } catch (IllegalArgumentException e) {
      return headers;
    }
    List<HttpHeader> rewritten = new ArrayList<>();
    for (HttpHeader header : headers.all()) {
      if (header.keyEquals("Link") || header.keyEquals("Location")) {
        rewritten.add(new HttpHeader(header.key(),
            header.values().stream().map(v -> v.replace(targetOrigin, proxyOrigin)).toList()));
      } else {
        rewritten.add(header);
      }
    }
    return new HttpHeaders(rewritten);
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static HttpHeaders without(HttpHeaders headers, String name) {
    return new HttpHeaders(headers.all().stream().filter(h -> !h.keyEquals(name)).toList());
  }

  private static Map<String, List<String>> headerMap(HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    headers.all().forEach(h -> map.put(h.key(), h.values()));
    return map;
  }

  private static String errorOf(Response response) {
    try {
      return new ObjectMapper().readTree(response.getBodyAsString()).path("error").asText();
    } catch (Exception e) {
      return response.getBodyAsString();
    }
  }
}
