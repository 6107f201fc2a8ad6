package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostCheckTest {
  private final HostCheck hosts = new HostCheck("127.0.0.1", "https://numbers.test.internal:8443");

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST:8080", "localhost.", "app.localhost:3000", "127.0.0.1:8080",
      "10.1.2.3", "[::1]:8080", "[fe80::1]", "numbers.test.internal", "Numbers.Test.Internal:8443"})
  void namesTheSimulatorIsReachedByAreAnswered(String host) {
    assertTrue(hosts.allows(host), host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io",
      "internal", "", ":8080", "[::1", "a:b:c"})
  void anyOtherNameIsRefused(String host) {
    assertFalse(hosts.allows(host), host);
  }
}
