package io.numberstoolkit.conformance.client;

import io.numberstoolkit.conformance.TargetConfig;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the target answers HTTP at all, checked once before a run with short timeouts, so an
 * unreachable target costs one clear line instead of a failed scenario for every request. A
 * target passes once the status line of its answer comes, whatever the status and whether or not
 * the body then comes: the scenarios judge the rest. One that accepts the connection and never
 * answers, closes it, resets it, or answers something that is not HTTP does not pass.
 */
public final class Reachability {
  /** The longest the check waits to connect, and then for the answer. */
  static final Duration LONGEST = Duration.ofSeconds(5);

  static final String PROBE = "/numbers.json";

  private Reachability() {}

  /** Why the target cannot be reached, naming the request sent, or empty when it answers HTTP. */
  public static Optional<String> problem(TargetConfig target) {
    Transport transport = new Transport(target.timeouts().atMost(LONGEST), Optional.empty());
    String path = target.baseUrl().getRawPath() + PROBE;
    Transport.Outcome outcome = transport.send(
        RestAssured.given().baseUri(target.baseUrl().getScheme() + "://" + target.baseUrl().getRawAuthority())
            .urlEncodingEnabled(false),
        "GET", path);
    if (outcome.status() != Exchange.NO_ANSWER) {
      return Optional.empty();
    }
    return Optional.of("GET " + path + ": " + outcome.failure());
  }
}
