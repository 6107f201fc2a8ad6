package io.numberstoolkit.conformance.steps;

import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.contract.Operation;
import java.util.Set;
import java.util.TreeSet;

/** The status checks the steps share, with messages that say what the docs allow. */
final class Expect {
  private Expect() {}

  /** A success the docs allow for the operation (any of them, where the docs leave it open). */
  static void success(Operation operation, Answer answer) {
    Set<Integer> allowed = operation.successStatuses();
    if (!allowed.contains(answer.status())) {
      throw new AssertionError("a successful " + operation.label() + " answers "
          + join(allowed) + "; got " + answer.describe());
    }
  }

  static void status(int expected, Answer answer) {
    if (answer.status() != expected) {
      throw new AssertionError("expected " + expected + ", got " + answer.describe());
    }
  }

  static void oneOf(Set<Integer> allowed, Answer answer) {
    if (!allowed.contains(answer.status())) {
      throw new AssertionError("expected " + join(allowed) + ", got " + answer.describe());
    }
  }

  /** Refused as the client's fault: the docs leave the exact 4xx open. */
  static void rejected(Answer answer) {
    if (answer.status() < 400 || answer.status() >= 500) {
      throw new AssertionError("expected the request to be rejected with a 4xx, got " + answer.describe());
    }
  }

  static void that(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  static void equal(Object expected, Object actual, String what) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + ", got " + actual);
    }
  }

  private static String join(Set<Integer> statuses) {
    return String.join(" or ", new TreeSet<>(statuses).stream().map(String::valueOf).toList());
  }
}
