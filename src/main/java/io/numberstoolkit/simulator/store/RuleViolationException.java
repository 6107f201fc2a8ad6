package io.numberstoolkit.simulator.store;

import io.numberstoolkit.contract.Violation;
import java.util.List;

/** A request that is well-formed but breaks a rule of the API (an unknown campaign, say). */
public final class RuleViolationException extends Exception {
  private final List<Violation> violations;

  public RuleViolationException(List<Violation> violations) {
    super(violations.isEmpty() ? "rule violated" : violations.get(0).message(), null, false, false);
    this.violations = List.copyOf(violations);
  }

  public RuleViolationException(String pointer, String rule, String message) {
    this(List.of(new Violation(pointer, rule, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
