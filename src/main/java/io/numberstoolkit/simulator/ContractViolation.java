package io.numberstoolkit.simulator;

/** A rule of the contract a request broke, as the simulator's answer named it: where, and why. */
public record ContractViolation(String pointer, String message) {
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(body)" : pointer) + ": " + message;
  }
}
