package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Faults a frontend developer asks for, to see how an app copes: a fixed latency on every answer
 * ({@code --latency}), a fraction of requests faulted (the admin switch), or one request's fault
 * named in its {@code X-Numbers-Fault} header ({@code 503}, {@code delay=1500},
 * {@code CONNECTION_RESET_BY_PEER}, or a status and a delay, comma-separated). A fault is an error
 * status from 400 to 599 (the API's JSON or XML error body; {@code Retry-After} on a 429 or 503),
 * or one of WireMock's connection faults: the connection reset, closed without an answer, a
 * broken chunk or garbage then closed. A faulted request changes nothing.
 */
final class Faults {
  static final String HEADER = "X-Numbers-Fault";
  private static final long MAX_DELAY_MS = 60_000;
  private static final int LOWEST_STATUS = 400;
  private static final int HIGHEST_STATUS = 599;
  /** The connection faults of WireMock's Jetty 12 server, by the names WireMock gives them. */
  static final List<String> CONNECTION_FAULTS = Stream.of(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER,
          com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE,
          com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK,
          com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE)
      .map(Enum::name).toList();
  /** What the admin switch takes; anything else is refused rather than silently ignored. */
  private static final List<String> SETTINGS = List.of("rate", "status", "fault", "delay_ms");
  static final String EXAMPLE = "{\"rate\": 0.2, \"status\": 503, \"delay_ms\": 0}";
  private static final Pattern STATUS_TOKEN = Pattern.compile("[45][0-9][0-9]");
  private static final Pattern DELAY_TOKEN = Pattern.compile("delay=[0-9]{1,5}");

  /** What happens to one request: an error status or a connection fault instead of the answer (or none), and a delay. */
  record Fault(Integer status, String connection, long delayMs) {
    static final Fault NONE = new Fault(null, null, 0);

    Fault(Integer status, long delayMs) {
      this(status, null, delayMs);
    }
  }

  /** The admin switch: this fraction of requests gets the status or connection fault, and/or the delay. */
  record Setting(double rate, Integer status, String connection, long delayMs) {
    static final Setting OFF = new Setting(0, null, null, 0);

    Setting(double rate, Integer status, long delayMs) {
      this(rate, status, null, delayMs);
    }

    JsonNode toJson() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("rate", rate);
      node.put("status", status);
      node.put("fault", connection);
      node.put("delay_ms", delayMs);
      return node;
    }
  }

  private final long latencyMs;
  private volatile Setting setting = Setting.OFF;

  Faults(long latencyMs) {
    this.latencyMs = latencyMs;
  }

  Setting setting() {
    return setting;
  }

  void set(Setting newSetting) {
    setting = newSetting;
  }

  /** Parses the admin switch, refusing what it cannot do. */
  static Setting parse(JsonNode json) throws ApiException {
    for (String name : (Iterable<String>) json::fieldNames) {
      if (!SETTINGS.contains(name)) {
        throw new ApiException(400, "unknown fault setting '" + name + "': the settings are " + SETTINGS
            + ", as in " + EXAMPLE);
      }
    }
    double rate = json.path("rate").asDouble(-1);
    if (!json.path("rate").isNumber() || rate < 0 || rate > 1) {
      throw new ApiException(400, "rate must be a number from 0 to 1");
    }
    JsonNode statusNode = json.get("status");
    Integer status = null;
    if (statusNode != null && !statusNode.isNull()) {
      if (!statusNode.isIntegralNumber() || !isErrorStatus(statusNode.asInt())) {
        throw new ApiException(400, "status must be a whole number from " + LOWEST_STATUS + " to " + HIGHEST_STATUS);
      }
      status = statusNode.asInt();
    }
    JsonNode faultNode = json.get("fault");
    String connection = null;
    if (faultNode != null && !faultNode.isNull()) {
      connection = connectionFault(faultNode.isTextual() ? faultNode.asText() : faultNode.toString());
      if (connection == null) {
        throw new ApiException(400, "fault must be one of " + CONNECTION_FAULTS);
      }
    }
    if (status != null && connection != null) {
      throw new ApiException(400, "a request is answered with a status or its connection is broken, not both:"
          + " give status or fault");
    }
    JsonNode delayNode = json.path("delay_ms");
    long delay = delayNode.asLong(0);
    if ((!delayNode.isMissingNode() && !delayNode.canConvertToExactIntegral()) || delay < 0 || delay > MAX_DELAY_MS) {
      throw new ApiException(400, "delay_ms must be from 0 to " + MAX_DELAY_MS);
    }
    return new Setting(rate, status, connection, delay);
  }

  /** The fault for one request: its header wins; otherwise the admin switch rolls its dice. */
  Fault pick(String header) throws ApiException {
    Fault fault = header != null ? fromHeader(header) : fromSetting();
    return new Fault(fault.status(), fault.connection(), fault.delayMs() + latencyMs);
  }

  private Fault fromSetting() {
    Setting current = setting;
    if (current.rate() > 0 && ThreadLocalRandom.current().nextDouble() < current.rate()) {
      return new Fault(current.status(), current.connection(), current.delayMs());
    }
    return Fault.NONE;
  }

  private static Fault fromHeader(String header) throws ApiException {
    Integer status = null;
    String connection = null;
    long delay = 0;
    for (String token : header.split(",")) {
      String t = token.trim();
      if (STATUS_TOKEN.matcher(t).matches() && status == null && connection == null) {
        status = Integer.parseInt(t);
      } else if (connectionFault(t) != null && status == null && connection == null) {
        connection = connectionFault(t);
      } else if (DELAY_TOKEN.matcher(t).matches() && Long.parseLong(t.substring(6)) <= MAX_DELAY_MS) {
        delay = Long.parseLong(t.substring(6));
      } else {
        throw new ApiException(400, HEADER + " takes one status from " + LOWEST_STATUS + " to " + HIGHEST_STATUS
            + " or one of " + CONNECTION_FAULTS + ", and/or delay=MS (MS up to " + MAX_DELAY_MS + "), not '" + t + "'");
      }
    }
    return new Fault(status, connection, delay);
  }

  private static boolean isErrorStatus(int status) {
    return status >= LOWEST_STATUS && status <= HIGHEST_STATUS;
  }

  /** The connection fault of this name (in any case), or null. */
  private static String connectionFault(String name) {
    return CONNECTION_FAULTS.stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
  }
}
