package io.numberstoolkit.conformance;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The implementation under test and what the suite may rely on there: its base URL, the API key
 * and company to act as, the campaigns that exist (the suite assumes no other data), the affiliate
 * to create numbers for, how long to wait ({@link Timeouts}), and optionally another tenant (a
 * second key, or a second company of the key) whose numbers the first must not reach.
 *
 * <p>Each setting comes from the first place that has it: the command line, a system property
 * ({@code numbers.base-url}) or an environment variable ({@code NUMBERS_BASE_URL}). {@code
 * timeout-ms} sets the connect and the read timeout at once; {@code connect-timeout-ms} and {@code
 * read-timeout-ms} override it from the same place or a later one.
 */
public record TargetConfig(
    URI baseUrl, String apiKey, Long companyId, List<String> cids, String afid, Timeouts timeouts,
    String otherApiKey, Long otherCompanyId) {

  /** Campaigns of the simulator's defaults that the docs' own examples use. */
  public static final List<String> DEFAULT_CIDS = List.of("0001", "111");

  /** The affiliate of the docs' create example. */
  public static final String DEFAULT_AFID = "0002";

  /** The settings' names: {@code --NAME} on the command line, {@code numbers.NAME} as a property. */
  public static final List<String> SETTINGS = List.of("base-url", "api-key", "company-id", "cids", "afid",
      "timeout-ms", "connect-timeout-ms", "read-timeout-ms", "max-run-seconds", "other-api-key", "other-company-id");

  public TargetConfig {
    cids = List.copyOf(cids);
    Objects.requireNonNull(timeouts, "timeouts");
    if (cids.size() < 2) {
      throw new ConfigException(
          "the suite needs two campaigns that exist on the target (got " + cids
              + "); name them with --cid or numbers.cids");
    }
  }

  /** A target at {@code baseUrl} with every other setting at its default. */
  public static TargetConfig at(URI baseUrl) {
    return new TargetConfig(baseUrl, null, null, DEFAULT_CIDS, DEFAULT_AFID, Timeouts.defaults(), null, null);
  }

  public TargetConfig withCredentials(String apiKey, Long companyId) {
    return new TargetConfig(baseUrl, apiKey, companyId, cids, afid, timeouts, otherApiKey, otherCompanyId);
  }

  /** The same target with another tenant: a second key, a second company, or both. */
  public TargetConfig withOtherTenant(String apiKey, Long companyId) {
    return new TargetConfig(baseUrl, this.apiKey, this.companyId, cids, afid, timeouts, apiKey, companyId);
  }

  /** Whether another tenant is configured, so the tenancy scenarios can run. */
  public boolean hasOtherTenant() {
    return otherApiKey != null || otherCompanyId != null;
  }

  public String firstCid() {
    return cids.get(0);
  }

  public String secondCid() {
    return cids.get(1);
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
            timeouts(lookup),
            lookup.get("other-api-key").orElse(null),
            lookup.get("other-company-id").map(TargetConfig::parseCompanyId).orElse(null)));
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

  private static Timeouts timeouts(Lookup lookup) {
    Duration connect = lookup.first("connect-timeout-ms", "timeout-ms")
        .map(found -> Duration.ofMillis(positive(found, "milliseconds"))).orElse(Timeouts.DEFAULT);
    Duration read = lookup.first("read-timeout-ms", "timeout-ms")
        .map(found -> Duration.ofMillis(positive(found, "milliseconds"))).orElse(Timeouts.DEFAULT);
    Duration maxRun = lookup.first("max-run-seconds")
        .map(found -> Duration.ofSeconds(positive(found, "seconds"))).orElse(null);
    return new Timeouts(connect, read, maxRun);
  }

  private static long positive(Found found, String unit) {
    try {
      long value = Long.parseLong(found.value());
      if (value <= 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(found.name() + " must be a positive whole number of " + unit + ", not '"
          + found.value() + "'");
    }
  }

  /** A setting's value and the name it was found under. */
  private record Found(String name, String value) {}

  /** One setting looked up in the three places, in order. */
  private record Lookup(Map<String, String> explicit, Properties system, Map<String, String> env) {
    Optional<String> get(String name) {
      return first(name).map(Found::value);
    }

    /**
     * The first of {@code names} set in the first place that sets any of them: a general setting
     * on the command line wins over a specific one in the environment.
     */
    Optional<Found> first(String... names) {
      for (int place = 0; place < 3; place++) {
        for (String name : names) {
          String value = switch (place) {
            case 0 -> explicit.get(name);
            case 1 -> system.getProperty("numbers." + name);
            default -> env.get("NUMBERS_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
          };
          if (!blank(value)) {
            return Optional.of(new Found(name, value.strip()));
          }
        }
      }
      return Optional.empty();
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
