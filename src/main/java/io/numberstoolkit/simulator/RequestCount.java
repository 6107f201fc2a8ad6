package io.numberstoolkit.simulator;

/**
 * How many received requests a verification expects, as in WireMock:
 * {@code simulator.verify(exactly(1), postRequestedFor("/numbers.json"))}.
 */
public final class RequestCount {
  private final int min;
  private final int max;
  private final String wording;

  private RequestCount(int min, int max, String wording) {
    if (min < 0) {
      throw new IllegalArgumentException("a count of requests is not negative: " + min);
    }
    this.min = min;
    this.max = max;
    this.wording = wording;
  }

  public static RequestCount exactly(int count) {
    return new RequestCount(count, count, "exactly " + count);
  }

  public static RequestCount atLeast(int count) {
    return new RequestCount(count, Integer.MAX_VALUE, "at least " + count);
  }

  public static RequestCount atMost(int count) {
    return new RequestCount(0, count, "at most " + count);
  }

  public static RequestCount never() {
    return new RequestCount(0, 0, "no");
  }

  boolean accepts(int count) {
    return count >= min && count <= max;
  }

  @Override
  public String toString() {
    return wording;
  }
}
