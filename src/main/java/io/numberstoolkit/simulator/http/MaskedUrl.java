package io.numberstoolkit.simulator.http;

/**
 * A URL as a log may print it: every {@code api_key} query value replaced by {@code ***}, by the
 * simulator's one masking rule ({@link KeyMasking}), for the validating proxy's lines, header and
 * reports as for the simulator's request log.
 */
public final class MaskedUrl {
  private MaskedUrl() {}

  /** The URL (or path and query) with every {@code api_key} value replaced: the log is for reading, keys are not. */
  public static String of(String url) {
    return KeyMasking.ofNames().url(url);
  }
}
