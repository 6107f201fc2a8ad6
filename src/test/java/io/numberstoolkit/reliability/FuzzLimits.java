package io.numberstoolkit.reliability;

/** The fuzzed simulator's body limit: small, so a body over it costs little to send. */
final class FuzzLimits {
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private FuzzLimits() {}
}
