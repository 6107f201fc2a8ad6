package io.numberstoolkit.simulator.store;

import io.numberstoolkit.contract.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a whole state must hold before it may replace a space (an admin load, a data file read at
 * start): every number id once, every phone number once, and ids and sequences within
 * {@link #MAX_ID}. A space installed from a state that broke these was half-loaded (two numbers of
 * one id), listed a phone number twice, or overflowed its next id.
 */
public final class SpaceStateRules {
  /**
   * The largest id the simulator hands out or loads: the largest integer a JavaScript client
   * reads exactly (2^53 - 1), and far enough below a long's end that no id sequence overflows.
   */
  public static final long MAX_ID = (1L << 53) - 1;

  private SpaceStateRules() {}

  /** Every problem of {@code state}, each pointing into its document ({@code /numbers/3/number/id}). */
  public static List<Violation> problems(SpaceState state) {
    List<Violation> problems = new ArrayList<>();
    Map<Long, Integer> ids = new HashMap<>();
    Map<String, Integer> phoneNumbers = new HashMap<>();
    List<NumberRecord> numbers = state.numbers();
    for (int i = 0; i < numbers.size(); i++) {
      NumberRecord record = numbers.get(i);
      String at = "/numbers/" + i;
      if (record.id() < 1 || record.id() > MAX_ID) {
        problems.add(new Violation(at + "/number/id", "maximum", "must be a whole number from 1 to " + MAX_ID));
      }
      if (record.companyId() < 1 || record.companyId() > MAX_ID) {
        problems.add(new Violation(at + "/company_id", "maximum", "must be a whole number from 1 to " + MAX_ID));
      }
      Integer sameId = ids.putIfAbsent(record.id(), i);
      if (sameId != null) {
        problems.add(new Violation(at + "/number/id", "unique-id",
            "id " + record.id() + " is also the id of /numbers/" + sameId));
      }
      Integer samePhone = phoneNumbers.putIfAbsent(record.number(), i);
      if (samePhone != null) {
        problems.add(new Violation(at + "/number/number", "unique-number",
            "phone number " + record.number() + " is also the number of /numbers/" + samePhone));
      }
      nestedIds(record, at, problems);
    }
    sequence(state.sequences().nextNumberId(), "number", problems);
    sequence(state.sequences().nextTimerId(), "timer", problems);
    sequence(state.sequences().nextMenuOptionId(), "menu_option", problems);
    return problems;
  }

  /**
   * The sequences a write ends at, refused when it handed out an id past {@link #MAX_ID}: nothing
   * is applied, and the space stays one that can be exported and loaded again.
   */
  static Sequences idsLeft(Sequences next) throws RuleViolationException {
    if (next.nextNumberId() > MAX_ID + 1 || next.nextTimerId() > MAX_ID + 1 || next.nextMenuOptionId() > MAX_ID + 1) {
      throw new RuleViolationException("/number", "id-range", "this space has handed out every id up to " + MAX_ID
          + "; reset it, or load a state with lower ids");
    }
    return next;
  }

  private static void nestedIds(NumberRecord record, String at, List<Violation> problems) {
    for (int t = 0; t < record.timers().size(); t++) {
      if (record.timers().get(t).id() < 0 || record.timers().get(t).id() > MAX_ID) {
        problems.add(new Violation(at + "/number/timers/" + t, "maximum", "a timer id must be from 0 to " + MAX_ID));
      }
    }
    for (int m = 0; m < record.menuOptions().size(); m++) {
      if (record.menuOptions().get(m).id() < 0 || record.menuOptions().get(m).id() > MAX_ID) {
        problems.add(new Violation(at + "/number/menu_options/" + m, "maximum",
            "a menu option id must be from 0 to " + MAX_ID));
      }
    }
  }

  private static void sequence(long next, String name, List<Violation> problems) {
    if (next < 1 || next > MAX_ID + 1) {
      problems.add(new Violation("/sequences/" + name, "maximum", "must be a whole number from 1 to " + (MAX_ID + 1)));
    }
  }
}
