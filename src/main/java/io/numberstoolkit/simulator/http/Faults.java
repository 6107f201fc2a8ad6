package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Faults a frontend developer asks for, to see how an app copes: a fixed latency on every answer
 * ({@code --latency}), a fraction of requests answered 429/500/503 or delayed (the admin API), or
 * one request's fault named in its {@code X-Numbers-Fault} header ({@code 503}, {@code delay=1500},
 * or both, comma-separated). A faulted request changes nothing.
 */
final class Faults {
  static final String HEADER = "X-Numbers-Fault";
  private static final long MAX_DELAY_MS = 60_000;
  private static final Set<Integer> STATUSES = Set.of(429, 500, 503);
  /** What the admin switch takes; anything else is refused rather than silently ignored. */
  private static final List<String> SETTINGS = List.of("rate", "status", "delay_ms");
  static final String EXAMPLE = "{\"rate\": 0.2, \"status\": 503, \"delay_ms\": 0}";
  private static final Pattern STATUS_TOKEN = Pattern.compile("429|500|503");
  private static final Pattern DELAY_TOKEN = Pattern.compile("delay=[0-9]{1,5}");

  /** What happens to one request: an error status instead of the answer (or none), and a delay. */
  record Fault(Integer status, long delayMs) {
    static final Fault NONE = new Fault(null, 0);
  }

  /** The admin switch: this fraction of requests gets the status and/or the delay. */
  record Setting(double rate, Integer status, long delayMs) {
    static final Setting OFF = new Setting(0, null, 0);

    JsonNode toJson() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("rate", rate);
      node.put("status", status);
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
      if (!statusNode.canConvertToInt() || !STATUSES.contains(statusNode.asInt())) {
        throw new ApiException(400, "status must be 429, 500 or 503");
      }
      status = statusNode.asInt();
    }
    JsonNode delayNode = json.path("delay_ms");
    long delay = delayNode.asLong(0);
    if ((!delayNode.isMissingNode() && !delayNode.canConvertToExactIntegral()) || delay < 0 || delay > MAX_DELAY_MS) {
      throw new ApiException(400, "delay_ms must be from 0 to " + MAX_DELAY_MS);
    }
    return new Setting(rate, status, delay);
  }

  /** The fault for one request: its header wins; otherwise the admin switch rolls its dice. */
  Fault pick(String header) throws ApiException {
    Fault fault = header != null ? fromHeader(header) : fromSetting();
    return new Fault(fault.status(), fault.delayMs() + latencyMs);
  }

  private Fault fromSetting() {
    Setting current = setting;
    if (current.rate() > 0 && ThreadLocalRandom.current().nextDouble() < current.rate()) {
      return new Fault(current.status(), current.delayMs());
    }
    return Fault.NONE;
  }

  private static Fault fromHeader(String header) throws ApiException {
    Integer status = null;
    long delay = 0;
    for (String token : header.split(",")) {
      String t = token.trim();
      if (STATUS_TOKEN.matcher(t).matches()) {
        status = Integer.parseInt(t);
      } else if (DELAY_TOKEN.matcher(t).matches() && Long.parseLong(t.substring(6)) <= MAX_DELAY_MS) {
        delay = Long.parseLong(t.substring(6));
      } else {
        throw new ApiException(
            400, HEADER + " takes 429, 500, 503 and/or delay=MS (MS up to " + MAX_DELAY_MS + "), not '" + t + "'");
      }
    }
    return new Fault(status, delay);
  }
}
