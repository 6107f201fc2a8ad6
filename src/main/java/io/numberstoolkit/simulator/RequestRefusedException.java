package io.numberstoolkit.simulator;

import java.util.List;

/**
 * The simulator refused what a test asked of it through the Java API (a number the API's rules
 * refuse, a state file the admin import refuses), with the status, message and violations the API
 * would have answered over HTTP.
 */
public final class RequestRefusedException extends RuntimeException {
  private final int status;
  private final List<ContractViolation> violations;

  RequestRefusedException(String what, int status, String message, List<ContractViolation> violations) {
    super(what + " refused (" + status + "): " + message
        + (violations.isEmpty() ? "" : "\n  " + String.join("\n  ", violations.stream().map(Object::toString).toList())));
    this.status = status;
    this.violations = List.copyOf(violations);
  }

  public int status() {
    return status;
  }

  public List<ContractViolation> violations() {
    return violations;
  }
}
