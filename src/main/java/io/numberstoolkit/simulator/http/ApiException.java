package io.numberstoolkit.simulator.http;

import io.numberstoolkit.contract.Violation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A request the simulator refuses: the status, a message for people, and the offending fields. */
final class ApiException extends Exception {
  /** The most violations an answer lists; its message counts the rest. */
  static final int MAX_LISTED = 50;

  final int status;
  final List<Violation> violations;
  final Map<String, String> headers;

  ApiException(int status, String message) {
    this(status, message, List.of(), Map.of());
  }

  ApiException(int status, String message, List<Violation> violations) {
    this(status, message, violations, Map.of());
  }

  ApiException(int status, String message, List<Violation> violations, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    // Sorted by pointer, as the contract's own violations are, whichever rule found them; only the
    // first are listed, so a body of a million bad items does not get an answer larger still.
    this.violations = violations.stream().sorted(Comparator.comparing(Violation::pointer)).limit(MAX_LISTED).toList();
    this.headers = Map.copyOf(headers);
  }

  /** The 422 for a request that breaks the contract or a rule, summed up by its first violation. */
  static ApiException invalid(List<Violation> violations) {
    return new ApiException(422, summary(violations), violations);
  }

  private static String summary(List<Violation> violations) {
    Violation first = violations.get(0);
    String where = first.pointer().isEmpty() ? "the body" : first.pointer();
    return violations.size() == 1
        ? where + ": " + first.message()
        : where + ": " + first.message() + " (and " + (violations.size() - 1) + " more"
            + (violations.size() > MAX_LISTED ? "; the first " + MAX_LISTED + " are listed)" : ")");
  }
}
