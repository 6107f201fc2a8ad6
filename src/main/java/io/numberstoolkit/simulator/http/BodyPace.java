package io.numberstoolkit.simulator.http;

import java.io.IOException;

/**
 * How fast a request body must arrive: after a grace period, at least {@link #MIN_BYTES_PER_SECOND}
 * on average, or its read fails with a 408. The idle timeout never fires while a client trickles a
 * byte a second, and each such client held a request thread until every other request waited.
 * Jetty's own minimum data rate is not used: it counts from the first byte with no grace, so a
 * 150-byte body read 150 ms late by a busy server (a loaded CI box, a GC pause) was refused although
 * it had arrived whole at once. A 16 MiB body at this rate takes 4.6 hours.
 */
final class BodyPace {
  static final long MIN_BYTES_PER_SECOND = 1024;
  static final long GRACE_NANOS = 5_000_000_000L;

  private final long startNanos = System.nanoTime();
  private long arrived;

  /** Counts bytes that arrived; refuses the body when it has fallen behind the pace. */
  void arrived(int bytes) throws TooSlowException {
    arrived += bytes;
    long late = System.nanoTime() - startNanos - GRACE_NANOS;
    if (late > 0 && arrived < MIN_BYTES_PER_SECOND * late / 1_000_000_000L) {
      throw new TooSlowException();
    }
  }

  static final class TooSlowException extends IOException {
    TooSlowException() {
      super("the body arrived slower than " + MIN_BYTES_PER_SECOND + " bytes a second");
    }
  }
}
