package io.numberstoolkit.benchmark;

import java.util.Arrays;
import java.util.List;

/** Every measured latency of one client, in nanoseconds; merged and sorted for percentiles. */
final class Latencies {
  private long[] values = new long[4096];
  private int size;

  void record(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  /** The sorted latencies of all clients together. */
  static long[] merged(List<Latencies> all) {
    long[] merged = new long[all.stream().mapToInt(Latencies::size).sum()];
    int at = 0;
    for (Latencies latencies : all) {
      System.arraycopy(latencies.values, 0, merged, at, latencies.size);
      at += latencies.size;
    }
    Arrays.sort(merged);
    return merged;
  }

  /** The nearest-rank percentile (0 < p <= 100) of sorted values, in milliseconds. */
  static double percentileMillis(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
  }
}
