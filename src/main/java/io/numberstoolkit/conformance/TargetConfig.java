package io.numberstoolkit.conformance;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The implementation under test and what the suite may rely on there: its base URL, the API key
 * and company to act as, the campaigns that exist (the suite assumes no other data), the affiliate
 * to create numbers for, and how long to wait for an answer.
 *
 * <p>Each setting comes from the first place that has it: the command line, a system property
 * ({@code numbers.base-url}) or an environment variable ({@code NUMBERS_BASE_URL}).
 */
public record TargetConfig(
    URI baseUrl, String apiKey, Long companyId, List<String> cids, String afid, Duration timeout) {

  /** Campaigns of the simulator's defaults that the docs' own examples use. */
  public static final List<String> DEFAULT_CIDS = List.of("0001", "111");

  /** The affiliate of the docs' create example. */
  public static final String DEFAULT_AFID = "0002";

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The settings' names: {@code --NAME} on the command line, {@code numbers.NAME} as a property. */
  public static final List<String> SETTINGS =
      List.of("base-url", "api-key", "company-id", "cids", "afid", "timeout-ms");

  public TargetConfig {
    cids = List.copyOf(cids);
    if (cids.size() < 2) {
      throw new ConfigException(
          "the suite needs two campaigns that exist on the target (got " + cids
              + "); name them with --cid or numbers.cids");
    }
  }

  /** A target at {@code baseUrl} with every other setting at its default. */
  public static TargetConfig at(URI baseUrl) {
    return new TargetConfig(baseUrl, null, null, DEFAULT_CIDS, DEFAULT_AFID, DEFAULT_TIMEOUT);
  }

  public TargetConfig withCredentials(String apiKey, Long companyId) {
    return new TargetConfig(baseUrl, apiKey, companyId, cids, afid, timeout);
  }

  public String firstCid() {
    return cids.get(0);
  }

  public String secondCid() {
    return cids.get(1);
  }

  public Optional<String> apiKeyIfAny() {
    return Optional.ofNullable(apiKey);
  }

  /**
   * The configured target, or empty when no base URL is set anywhere.
   *
   * @param explicit settings given on the command line, by {@link #SETTINGS} name; they win
   * @throws ConfigException when a setting is malformed
   */
  public static Optional<TargetConfig> resolve(
      Map<String, String> explicit, Properties system, Map<String, String> env) {
    Lookup lookup = new Lookup(explicit, system, env);
    Optional<String> baseUrl = lookup.get("base-url");
    if (baseUrl.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TargetConfig(
            parseBaseUrl(baseUrl.get()),
            lookup.get("api-key").orElse(null),
            lookup.get("company-id").map(TargetConfig::parseCompanyId).orElse(null),
            lookup.get("cids").map(TargetConfig::parseCids).orElse(DEFAULT_CIDS),
            lookup.get("afid").orElse(DEFAULT_AFID),
            lookup.get("timeout-ms").map(TargetConfig::parseTimeout).orElse(DEFAULT_TIMEOUT)));
  }

  /** The configuration of this JVM: system properties, then environment variables. */
  public static Optional<TargetConfig> fromEnvironment() {
    return resolve(Map.of(), System.getProperties(), System.getenv());
  }

  public static URI parseBaseUrl(String text) {
    String trimmed = text.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new ConfigException(
            "the base URL must be an http(s) URL like http://localhost:8080, not '" + text + "'");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new ConfigException("the base URL must not carry a query or fragment: '" + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException("the base URL is not a URL: '" + text + "' (" + e.getReason() + ")");
    }
  }

  private static Long parseCompanyId(String text) {
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException("the company id must be a whole number, not '" + text + "'");
    }
  }

  private static List<String> parseCids(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Duration parseTimeout(String text) {
    try {
      long ms = Long.parseLong(text.strip());
      if (ms <= 0) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis(ms);
    } catch (NumberFormatException e) {
      throw new ConfigException("the timeout must be a positive number of milliseconds, not '" + text + "'");
    }
  }

  /** One setting looked up in the three places, in order. */
  private record Lookup(Map<String, String> explicit, Properties system, Map<String, String> env) {
    Optional<String> get(String name) {
      String value = explicit.get(name);
      if (blank(value)) {
        value = system.getProperty("numbers." + name);
      }
      if (blank(value)) {
        value = env.get("NUMBERS_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
      }
      return blank(value) ? Optional.empty() : Optional.of(value.strip());
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }
  }

  /** A setting that cannot be used; its message says which and why, for the user. */
  public static final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
      super(message);
    }
  }
}
