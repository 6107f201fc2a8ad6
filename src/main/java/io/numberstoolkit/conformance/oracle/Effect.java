package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;

/** What the requests of one step must have done to a number, as the next look at it will check. */
sealed interface Effect {
  /** Created as {@code sent} asked; {@code answered} is the number the create answered (normalized). */
  record Created(SentChange sent, JsonNode answered) implements Effect {}

  /** Updated as {@code sent} asked; {@code answered} is the number the update answered, or null. */
  record Updated(SentChange sent, JsonNode answered) implements Effect {}

  /** Refused: nothing changed. */
  record Refused() implements Effect {}

  record Deleted() implements Effect {}

  /** Several changes in one step, or a body the oracle cannot read: nothing is known to check. */
  record Unknown() implements Effect {}

  /** This effect followed by another in the same step. */
  default Effect then(Effect next) {
    if (this instanceof Refused) {
      return next;
    }
    if (next instanceof Refused) {
      return this;
    }
    return next instanceof Deleted ? next : new Unknown();
  }
}
