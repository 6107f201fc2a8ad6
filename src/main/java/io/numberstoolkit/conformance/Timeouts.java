package io.numberstoolkit.conformance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a run waits, so that a target which hangs, dribbles or never closes cannot hold it.
 *
 * @param connect the longest wait for the TCP connection
 * @param read the longest wait for the whole answer, from sending the request to the last byte of
 *     its body; not only between two bytes, so a target that dribbles a byte at a time is cut off
 * @param maxRun the longest a whole run may take, or null for no limit; past it no request is
 *     sent and the scenarios left fail as not run
 */
public record Timeouts(Duration connect, Duration read, Duration maxRun) {
  public static final Duration DEFAULT = Duration.ofSeconds(10);

  public Timeouts {
    requirePositive(connect, "connect");
    requirePositive(read, "read");
    if (maxRun != null) {
      requirePositive(maxRun, "maxRun");
    }
  }

  public static Timeouts defaults() {
    return new Timeouts(DEFAULT, DEFAULT, null);
  }

  /** The moment a run started at {@code start} must stop sending requests, if it has a limit. */
  public Optional<Instant> runDeadline(Instant start) {
    return Optional.ofNullable(maxRun).map(start::plus);
  }

  /** These timeouts, none longer than {@code longest}; for the reachability check. */
  public Timeouts atMost(Duration longest) {
    return new Timeouts(shorter(connect, longest), shorter(read, longest), maxRun);
  }

  /** Says why a request was not sent or not waited for, naming the option that set the limit. */
  public String runDeadlineReached() {
    return "the run reached its deadline (--max-run-seconds " + maxRun.toSeconds() + ")";
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " timeout must be positive, not " + duration);
    }
  }
}
