package io.numberstoolkit.conformance.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one run of the suite did, scenario by scenario: the exchanges the client sent and the
 * results Cucumber reported. The glue (created per scenario by picocontainer) and the report
 * plugins (created by Cucumber) meet only here, so this is the one run-wide static. It sits with
 * the client, which writes it as it sends, so the report reads it without the client knowing
 * the report.
 */
public final class RunLedger {
  private static volatile RunLedger current = new RunLedger();

  private final Instant startedAt = Instant.now();
  private final Map<String, ScenarioRecord> scenarios = new LinkedHashMap<>();
  private final java.util.Set<String> secrets = new java.util.concurrent.CopyOnWriteArraySet<>();

  public static RunLedger current() {
    return current;
  }

  /** Starts a new, empty ledger for a run that is about to start. */
  public static synchronized RunLedger startNew() {
    current = new RunLedger();
    return current;
  }

  /** When the run started: its --max-run-seconds count from here. */
  public Instant startedAt() {
    return startedAt;
  }

  public synchronized ScenarioRecord scenario(String id) {
    return scenarios.computeIfAbsent(id, unused -> new ScenarioRecord());
  }

  public synchronized List<ScenarioRecord> scenarios() {
    return new ArrayList<>(scenarios.values());
  }

  public void record(String scenarioId, Exchange exchange) {
    scenario(scenarioId).add(exchange);
  }

  /** A value (an API key) that reports must never print. */
  public void keepSecret(String value) {
    if (value != null && !value.isEmpty()) {
      secrets.add(value);
    }
  }

  /**
   * The text with every secret masked where it stands as a value: as a whole token, such as the
   * value of {@code api_key=}, of a header or of a JSON field, wherever the text carries it. Not
   * inside a longer word: a one-letter key {@code k} leaves "breaks the contract" as it is.
   */
  public String masked(String text) {
    String shown = text;
    for (String hidden : secrets) {
      shown = shown == null ? null : asValue(hidden).matcher(shown).replaceAll("***");
    }
    return shown;
  }

  /** The secret with no letter, digit, '_' or '-' either side: the characters a key's own text goes on with. */
  private static Pattern asValue(String secret) {
    return Pattern.compile("(?<![\\p{Alnum}_-])" + Pattern.quote(secret) + "(?![\\p{Alnum}_-])");
  }
}
