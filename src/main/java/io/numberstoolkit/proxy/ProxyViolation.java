package io.numberstoolkit.proxy;

import java.util.Locale;

/**
 * One way one exchange broke the contract.
 *
 * @param rule the rule's name, e.g. {@code PAGE_SIZE} or the oracle's {@code TOLL_FREE_UNLESS_LOCAL}
 * @param side who broke it: the client's request, the target's answer, or the target that gave none
 * @param message what is wrong, in words (no API key in it)
 */
public record ProxyViolation(String rule, Side side, String message) {
  /** Who broke a rule. */
  public enum Side {
    /** The request breaks the request schemas: a client bug. */
    REQUEST,
    /** The answer breaks the contract: the target drifted. */
    ANSWER,
    /** The target gave no usable answer: it hung, reset the connection, or answered garbage. */
    TARGET;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static ProxyViolation request(String rule, String message) {
    return new ProxyViolation(rule, Side.REQUEST, message);
  }

  static ProxyViolation answer(String rule, String message) {
    return new ProxyViolation(rule, Side.ANSWER, message);
  }

  @Override
  public String toString() {
    return rule + " (" + side.label() + "): " + message;
  }
}
