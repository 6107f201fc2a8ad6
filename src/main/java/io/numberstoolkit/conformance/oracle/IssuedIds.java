package io.numberstoolkit.conformance.oracle;

import io.numberstoolkit.conformance.client.RunLedger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Every number id a create answered in the current run (one {@link RunLedger}): an id answered a
 * second time was handed out again, whether or not the first number was deleted meanwhile.
 */
final class IssuedIds {
  private static final Map<RunLedger, Set<Long>> BY_RUN = new WeakHashMap<>();

  private IssuedIds() {}

  /** Notes an id a create answered; false when the run saw it answered before. */
  static synchronized boolean firstTime(long id) {
    return BY_RUN.computeIfAbsent(RunLedger.current(), run -> new HashSet<>()).add(id);
  }
}
