package io.numberstoolkit.benchmark;

/**
 * One load run: the answers counted in the measured window, how many of them were errors (a
 * status other than the expected one, or a broken connection), the latency percentiles, and the
 * first error's description for the log.
 */
record LoadResult(
    long requests, long errors, double seconds, double p50Millis, double p99Millis, String firstError) {
  double requestsPerSecond() {
    return seconds > 0 ? requests / seconds : 0;
  }
}
