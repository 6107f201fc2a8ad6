package io.numberstoolkit.simulator.store;

import io.numberstoolkit.simulator.store.NumberChanges.MenuOptionChange;
import io.numberstoolkit.simulator.store.NumberChanges.TimerChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of {@code timers_attributes} and {@code menu_options_attributes}: an item without an
 * id is added, one with an id changes that item in place (an unknown id is refused), a target
 * campaign overrides a target number, and no two menu options share a button. Items are found
 * by id through a map, so a request of n items against m costs O(n + m), not O(n * m).
 */
final class NestedAttributeRules {
  static final String TIMERS = "/number/timers_attributes";
  static final String MENU_OPTIONS = "/number/menu_options_attributes";

  private NestedAttributeRules() {}

  /** {@code current} with {@code changes} applied in order; null changes leave it as it is. */
  static List<Timer> timers(List<Timer> current, List<TimerChange> changes, IdAllocator ids)
      throws RuleViolationException {
    if (changes == null) {
      return current;
    }
    List<Timer> result = new ArrayList<>(current);
    Map<Long, Integer> positionById = new HashMap<>();
    for (int at = 0; at < result.size(); at++) {
      positionById.putIfAbsent(result.get(at).id(), at);
    }
    for (int i = 0; i < changes.size(); i++) {
      TimerChange change = changes.get(i);
      if (change.id() == null) {
        Timer added = new Timer(ids.nextTimer(), change.seconds(), change.url(), false);
        positionById.putIfAbsent(added.id(), result.size());
        result.add(added);
        continue;
      }
      Integer at = positionById.get(change.id());
      if (at == null) {
        throw new RuleViolationException(
            TIMERS + "/" + i + "/id", "nested-exists", "this number has no timer " + change.id());
      }
      Timer old = result.get(at);
      result.set(
          at,
          new Timer(
              old.id(),
              change.seconds() != null ? change.seconds() : old.seconds(),
              change.url() != null ? change.url() : old.url(),
              false));
    }
    return result;
  }

  /**
   * {@code current} with {@code changes} applied in order, sorted by id. A changed option leaves
   * its place and is added again, so its button is checked against the others only.
   */
  static List<MenuOption> menuOptions(
      List<MenuOption> current, List<MenuOptionChange> changes, IdAllocator ids)
      throws RuleViolationException {
    if (changes == null) {
      return current;
    }
    MenuOptionSlots slots = new MenuOptionSlots(current);
    for (int i = 0; i < changes.size(); i++) {
      MenuOptionChange change = changes.get(i);
      MenuOption old = null;
      if (change.id() != null) {
        old = slots.take(change.id());
        if (old == null) {
          throw new RuleViolationException(
              MENU_OPTIONS + "/" + i + "/id", "nested-exists",
              "this number has no menu option " + change.id());
        }
      }
      MenuOption option = changed(old, change, ids);
      if (slots.hasButton(option.option())) {
        throw new RuleViolationException(
            MENU_OPTIONS + "/" + i + "/option", "unique-option",
            "button " + option.option() + " already has a menu option on this number");
      }
      slots.add(option);
    }
    return slots.inIdOrder();
  }

  private static MenuOption changed(MenuOption old, MenuOptionChange change, IdAllocator ids) {
    String targetCid =
        change.targetCidPassed() ? change.targetCid() : old != null ? old.targetCid() : null;
    String targetNumber =
        change.targetNumberPassed() ? change.targetNumber() : old != null ? old.targetNumber() : null;
    if (targetCid != null) {
      targetNumber = null; // the docs: a target campaign overrides the target number
    }
    return new MenuOption(
        old != null ? old.id() : ids.nextMenuOption(),
        change.option() != null ? change.option() : old.option(),
        targetCid, targetNumber, false);
  }

  /**
   * Menu options in the order they were placed, with taken ones left as holes: the first option
   * of an id (ids may repeat in a loaded document) and the buttons in use are each one look-up.
   */
  private static final class MenuOptionSlots {
    private final List<MenuOption> slots;
    private final Map<Long, ArrayDeque<Integer>> positionsById = new HashMap<>();
    private final Map<String, Integer> optionsPerButton = new HashMap<>();

    MenuOptionSlots(List<MenuOption> current) {
      slots = new ArrayList<>(current.size());
      current.forEach(this::add);
    }

    void add(MenuOption option) {
      positionsById.computeIfAbsent(option.id(), id -> new ArrayDeque<>()).add(slots.size());
      optionsPerButton.merge(option.option(), 1, Integer::sum);
      slots.add(option);
    }

    /** Removes and returns the first option with this id, or null if there is none. */
    MenuOption take(long id) {
      ArrayDeque<Integer> positions = positionsById.get(id);
      if (positions == null || positions.isEmpty()) {
        return null;
      }
      MenuOption option = slots.set(positions.poll(), null);
      optionsPerButton.merge(option.option(), -1, Integer::sum);
      return option;
    }

    boolean hasButton(String button) {
      return optionsPerButton.getOrDefault(button, 0) > 0;
    }

    List<MenuOption> inIdOrder() {
      return slots.stream()
          .filter(Objects::nonNull)
          .sorted(Comparator.comparingLong(MenuOption::id))
          .toList();
    }
  }
}
