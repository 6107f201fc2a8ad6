package io.numberstoolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TargetConfigTest {
  private static final Properties NO_PROPERTIES = new Properties();

  @Test
  void noBaseUrlAnywhereMeansNoTarget() {
    assertTrue(TargetConfig.resolve(Map.of(), NO_PROPERTIES, Map.of()).isEmpty());
  }

  @Test
  void defaultsAreTheSimulatorsCampaignsAndTheDocsAffiliate() {
    TargetConfig target = resolve(Map.of("base-url", "http://localhost:8080/"), NO_PROPERTIES, Map.of());

    assertEquals(URI.create("http://localhost:8080"), target.baseUrl());
    assertEquals(List.of("0001", "111"), target.cids());
    assertEquals("0002", target.afid());
    assertEquals(new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(10), null), target.timeouts());
    assertNull(target.apiKey());
    assertNull(target.companyId());
  }

  @Test
  void theCommandLineWinsOverPropertiesWhichWinOverTheEnvironment() {
    Properties properties = new Properties();
    properties.setProperty("numbers.base-url", "http://from-property:1");
    properties.setProperty("numbers.api-key", "property-key");
    Map<String, String> env = Map.of(
        "NUMBERS_BASE_URL", "http://from-env:1",
        "NUMBERS_API_KEY", "env-key",
        "NUMBERS_COMPANY_ID", "7",
        "NUMBERS_CIDS", "a, b ,c",
        "NUMBERS_TIMEOUT_MS", "1500");

    TargetConfig target = resolve(Map.of("base-url", "http://from-cli:1"), properties, env);

    assertEquals(URI.create("http://from-cli:1"), target.baseUrl());
    assertEquals("property-key", target.apiKey());
    assertEquals(7L, target.companyId());
    assertEquals(List.of("a", "b", "c"), target.cids());
    assertEquals(new Timeouts(Duration.ofMillis(1500), Duration.ofMillis(1500), null), target.timeouts());
  }

  @Test
  void aSecondTenantIsAnotherKeyAnotherCompanyOrBoth() {
    TargetConfig none = resolve(Map.of("base-url", "http://h:1"), NO_PROPERTIES, Map.of());
    TargetConfig company = resolve(Map.of("base-url", "http://h:1"), NO_PROPERTIES, Map.of("NUMBERS_OTHER_COMPANY_ID", "9"));
    TargetConfig key = resolve(Map.of("base-url", "http://h:1", "other-api-key", "other"), NO_PROPERTIES, Map.of());

    assertTrue(!none.hasOtherTenant() && company.hasOtherTenant() && key.hasOtherTenant());
    assertEquals(9L, company.otherCompanyId());
    assertEquals("other", key.otherApiKey());
    assertThrows(TargetConfig.ConfigException.class,
        () -> resolve(Map.of("base-url", "http://h:1", "other-company-id", "nine"), NO_PROPERTIES, Map.of()));
  }

  @Test
  void theSpecificTimeoutsOverrideTheGeneralOneFromTheSamePlaceOrALaterOne() {
    Properties properties = new Properties();
    properties.setProperty("numbers.read-timeout-ms", "700");
    properties.setProperty("numbers.max-run-seconds", "90");
    Map<String, String> env = Map.of("NUMBERS_CONNECT_TIMEOUT_MS", "5000");

    TargetConfig general = resolve(Map.of("base-url", "http://h:1", "timeout-ms", "300"), properties, env);
    TargetConfig specific = resolve(Map.of("base-url", "http://h:1", "timeout-ms", "300", "connect-timeout-ms", "200"),
        properties, env);
    TargetConfig fromAfar = resolve(Map.of("base-url", "http://h:1"), properties, env);

    assertEquals(new Timeouts(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(90)), general.timeouts(),
        "--timeout-ms on the command line wins over the specific settings of properties and environment");
    assertEquals(new Timeouts(Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofSeconds(90)), specific.timeouts());
    assertEquals(new Timeouts(Duration.ofMillis(5000), Duration.ofMillis(700), Duration.ofSeconds(90)), fromAfar.timeouts());
  }

  @Test
  void malformedSettingsAreRefusedWithTheirName() {
    assertEquals("the base URL must be an http(s) URL like http://localhost:8080, not 'localhost:8080'",
        refused(Map.of("base-url", "localhost:8080")));
    assertEquals("the company id must be a whole number, not 'acme'",
        refused(Map.of("base-url", "http://h:1", "company-id", "acme")));
    assertEquals("timeout-ms must be a positive whole number of milliseconds, not '0'",
        refused(Map.of("base-url", "http://h:1", "timeout-ms", "0")));
    assertEquals("read-timeout-ms must be a positive whole number of milliseconds, not '1.5'",
        refused(Map.of("base-url", "http://h:1", "read-timeout-ms", "1.5")));
    assertEquals("max-run-seconds must be a positive whole number of seconds, not '-1'",
        refused(Map.of("base-url", "http://h:1", "max-run-seconds", "-1")));
    assertTrue(refused(Map.of("base-url", "http://h:1", "cids", "0001")).startsWith("the suite needs two campaigns"));
  }

  private static String refused(Map<String, String> explicit) {
    return assertThrows(TargetConfig.ConfigException.class,
        () -> TargetConfig.resolve(explicit, NO_PROPERTIES, Map.of())).getMessage();
  }

  private static TargetConfig resolve(Map<String, String> explicit, Properties properties, Map<String, String> env) {
    return TargetConfig.resolve(explicit, properties, env).orElseThrow();
  }
}
