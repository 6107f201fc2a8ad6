package io.numberstoolkit.simulator.store;

import static io.numberstoolkit.simulator.store.ChangesBuilder.newOption;
import static io.numberstoolkit.simulator.store.ChangesBuilder.newTimer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NumberChanges.MenuOptionChange;
import io.numberstoolkit.simulator.store.NumberChanges.TimerChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedAttributeRulesTest {
  private final IdAllocator ids = new IdAllocator(new Sequences(1, 50, 60));

  private static final List<Timer> TIMERS = List.of(
      new Timer(11, 0, "http://a.example/", true),
      new Timer(12, 5, "http://b.example/", true),
      new Timer(13, 9, "http://c.example/", true));

  private static final List<MenuOption> OPTIONS = List.of(
      new MenuOption(21, "1", null, "+18005550001", true),
      new MenuOption(22, "2", null, "+18005550002", true));

  @Test
  void noChangesLeaveTheItemsAsTheyAre() throws Exception {
    assertSame(TIMERS, NestedAttributeRules.timers(TIMERS, null, ids));
    assertSame(OPTIONS, NestedAttributeRules.menuOptions(OPTIONS, null, ids));
  }

  @Test
  void timersChangeInPlaceByIdAndNewOnesAreAddedAtTheEnd() throws Exception {
    List<Timer> result = NestedAttributeRules.timers(TIMERS, List.of(
        new TimerChange(13L, 30, null), newTimer(7, "http://d.example/"), new TimerChange(11L, null, "http://z.example/")),
        ids);
    assertEquals(List.of(
        new Timer(11, 0, "http://z.example/", false),
        new Timer(12, 5, "http://b.example/", true),
        new Timer(13, 30, "http://c.example/", false),
        new Timer(50, 7, "http://d.example/", false)), result);
  }

  @Test
  void anUnknownTimerIdIsRefusedWithItsPlaceInTheRequest() {
    List<Violation> violations = assertThrows(RuleViolationException.class,
        () -> NestedAttributeRules.timers(TIMERS, List.of(newTimer(1, "http://x/"), new TimerChange(99L, 1, null)), ids))
        .violations();
    assertEquals(List.of(new Violation("/number/timers_attributes/1/id", "nested-exists",
        "this number has no timer 99")), violations);
  }

  @Test
  void menuOptionsChangeByIdAndComeBackInIdOrder() throws Exception {
    List<MenuOption> result = NestedAttributeRules.menuOptions(OPTIONS, List.of(
        newOption("3", "+18005550003"),
        new MenuOptionChange(21L, null, null, false, "+18005550009", true)), ids);
    assertEquals(List.of(
        new MenuOption(21, "1", null, "+18005550009", false),
        new MenuOption(22, "2", null, "+18005550002", true),
        new MenuOption(60, "3", null, "+18005550003", false)), result);
  }

  @Test
  void aButtonFreedInTheSameRequestCanBeTakenAgain() throws Exception {
    List<MenuOption> result = NestedAttributeRules.menuOptions(OPTIONS, List.of(
        new MenuOptionChange(21L, "5", null, false, null, false),
        newOption("1", "+18005550007")), ids);
    assertEquals(List.of("5", "2", "1"), result.stream().map(MenuOption::option).toList());
  }

  @Test
  void aButtonInUseIsRefused() {
    List<Violation> violations = assertThrows(RuleViolationException.class,
        () -> NestedAttributeRules.menuOptions(OPTIONS,
            List.of(new MenuOptionChange(21L, "2", null, false, null, false)), ids)).violations();
    assertEquals(List.of(new Violation("/number/menu_options_attributes/0/option", "unique-option",
        "button 2 already has a menu option on this number")), violations);
  }

  @Test
  void anUnknownMenuOptionIdIsRefused() {
    List<Violation> violations = assertThrows(RuleViolationException.class,
        () -> NestedAttributeRules.menuOptions(OPTIONS,
            List.of(new MenuOptionChange(77L, "9", null, false, null, false)), ids)).violations();
    assertEquals(List.of(new Violation("/number/menu_options_attributes/0/id", "nested-exists",
        "this number has no menu option 77")), violations);
  }

  @Test
  void aMenuOptionChangedTwiceInOneRequestIsFoundAgain() throws Exception {
    List<MenuOption> result = NestedAttributeRules.menuOptions(OPTIONS, List.of(
        new MenuOptionChange(22L, "7", null, false, null, false),
        new MenuOptionChange(22L, "8", null, false, null, false)), ids);
    assertEquals(List.of("1", "8"), result.stream().map(MenuOption::option).toList());
  }

  /**
   * Many items changed by id, in the reverse of their order: each lands in its own place. (Issue 11
   * measured a 150k-timer PUT at 10 s while each id was looked up in a scan; how long such a
   * request takes is for the benchmark, not for a timed assertion here.)
   */
  @Test
  void changingManyTimersByIdKeepsTheirOrder() throws Exception {
    int count = 20_000;
    List<Timer> current = new ArrayList<>(count);
    List<TimerChange> changes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      current.add(new Timer(1_000 + i, i % 60, "http://t.example/" + i, true));
      changes.add(new TimerChange((long) (1_000 + count - 1 - i), 61, null));
    }
    List<Timer> result = NestedAttributeRules.timers(current, changes, ids);
    assertEquals(count, result.size());
    for (int i = 0; i < count; i++) {
      assertEquals(new Timer(1_000 + i, 61, "http://t.example/" + i, false), result.get(i));
    }
  }

  @Test
  void changingManyMenuOptionsByIdKeepsTheirOrder() throws Exception {
    int count = 20_000;
    List<MenuOption> current = new ArrayList<>(count);
    List<MenuOptionChange> changes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      current.add(new MenuOption(1_000 + i, "b" + i, null, "+1", true));
      changes.add(new MenuOptionChange((long) (1_000 + count - 1 - i), null, null, false, "+2", true));
    }
    List<MenuOption> result = NestedAttributeRules.menuOptions(current, changes, ids);
    for (int i = 0; i < count; i++) {
      assertEquals(new MenuOption(1_000 + i, "b" + i, null, "+2", false), result.get(i));
    }
  }
}
