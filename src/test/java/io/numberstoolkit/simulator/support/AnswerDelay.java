package io.numberstoolkit.simulator.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

/** For the tests of delays (latency, delay faults): an answer that must not come sooner than asked. */
public final class AnswerDelay {
  private AnswerDelay() {}

  /** Sends the request and asserts its answer took at least {@code millis}; the answer. */
  public static <T> T atLeast(long millis, Supplier<T> request) {
    long start = System.nanoTime();
    T answer = request.get();
    long took = (System.nanoTime() - start) / 1_000_000;
    assertTrue(took >= millis, "answered after " + took + " ms, not at least " + millis);
    return answer;
  }
}
