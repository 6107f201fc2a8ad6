package io.numberstoolkit.benchmark;

import java.time.Duration;

/**
 * One load run: the answers counted in the measured window, how many of them were errors (a
 * status other than the expected one, or a broken connection), the latency percentiles, the CPU
 * time the server's process used in the window (null when unknown), and the first error's
 * description for the log.
 */
record LoadResult(
    long requests, long errors, double seconds, double p50Millis, double p99Millis, Duration serverCpu,
    String firstError) {
  double requestsPerSecond() {
    return seconds > 0 ? requests / seconds : 0;
  }

  /**
   * The server's CPU time per answer, in microseconds: what a request costs the server, which
   * other work on a busy machine changes far less than it changes throughput. NaN when unknown.
   */
  double serverCpuMicrosPerRequest() {
    return serverCpu == null || requests == 0 ? Double.NaN : serverCpu.toNanos() / 1000.0 / requests;
  }
}
