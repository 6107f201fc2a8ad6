package io.numberstoolkit.simulator.store;

import static io.numberstoolkit.simulator.store.ChangesBuilder.create;
import static io.numberstoolkit.simulator.store.ChangesBuilder.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberSpaceTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  /** Records each change and what the space showed while it was being recorded. */
  private static final class WatchingJournal implements StateJournal {
    final List<String> entries = new ArrayList<>();
    NumberSpace space;
    boolean failing;

    @Override
    public void saved(NumberRecord record, Sequences sequences) throws IOException {
      fail();
      entries.add("saved " + record.id() + " visible=" + space.find(record.companyId(), record.id())
          .filter(record::equals).isPresent());
    }

    @Override
    public void deleted(long companyId, long id, Sequences sequences) throws IOException {
      fail();
      entries.add("deleted " + id + " visible=" + space.find(companyId, id).isPresent());
    }

    @Override
    public void replaced(SpaceState state) throws IOException {
      fail();
      entries.add("replaced size=" + space.size());
    }

    private void fail() throws IOException {
      if (failing) {
        throw new IOException("disk full");
      }
    }
  }

  private final WatchingJournal journal = new WatchingJournal();
  private final NumberSpace space = new NumberSpace(TestCampaigns.all(), SpaceState.empty(), journal);

  NumberSpaceTest() {
    journal.space = space;
  }

  @Test
  void everyChangeIsJournaledBeforeItIsVisible() throws Exception {
    NumberRecord created = space.create(1, create("111").build(), NOW);
    space.update(1, created.id(), update().afid("9").build(), NOW);
    space.delete(1, created.id());
    space.replace(SpaceState.empty());
    assertEquals(List.of("saved 1 visible=false", "saved 1 visible=false", "deleted 1 visible=true",
        "replaced size=0"), journal.entries);
  }

  @Test
  void aChangeThatCannotBeJournaledIsNotApplied() throws Exception {
    NumberRecord created = space.create(1, create("111").build(), NOW);
    SpaceState before = space.state();
    journal.failing = true;
    assertThrows(NotPersistedException.class, () -> space.create(1, create("111").build(), NOW));
    assertThrows(NotPersistedException.class,
        () -> space.update(1, created.id(), update().afid("9").build(), NOW));
    assertThrows(NotPersistedException.class, () -> space.delete(1, created.id()));
    assertThrows(NotPersistedException.class, () -> space.replace(SpaceState.empty()));
    assertEquals(before, space.state());
  }

  @Test
  void aRefusedChangeTouchesNothingAndUsesUpNoIds() throws Exception {
    NumberRecord created = space.create(1, create("111").build(), NOW);
    SpaceState before = space.state();
    assertThrows(RuleViolationException.class,
        () -> space.update(1, created.id(), update().timers(ChangesBuilder.newTimer(1, "http://a/"),
            new NumberChanges.TimerChange(999L, 1, null)).build(), NOW));
    assertThrows(RuleViolationException.class, () -> space.create(1, create("999").build(), NOW));
    assertEquals(before, space.state());
    assertEquals(1, journal.entries.size());
    NumberRecord next = space.create(1, create("111").build(), NOW);
    assertEquals(2, next.id());
    assertEquals(created.timers().get(1).id() + 1, next.timers().get(0).id());
  }

  @Test
  void eachCompanySeesOnlyItsOwnNumbers() throws Exception {
    NumberRecord mine = space.create(1, create("111").build(), NOW);
    space.create(2, create("111").build(), NOW);
    assertTrue(space.find(1, mine.id()).isPresent());
    assertFalse(space.find(2, mine.id()).isPresent());
    assertTrue(space.update(2, mine.id(), update().afid("x").build(), NOW).isEmpty());
    assertTrue(space.delete(2, mine.id()).isEmpty());
    assertEquals(List.of(mine), space.list(1, 1).items());
    assertEquals(List.of(mine), space.search(1, "111", "0001", null, 1).items());
    assertEquals(List.of(), space.search(3, "111", "0001", null, 1).items());
  }

  @Test
  void anUpdateMovesTheNumberToItsNewSearchKey() throws Exception {
    NumberRecord number = space.create(1, create("111").build(), NOW);
    space.update(1, number.id(), update().afid("0002").build(), NOW);
    assertEquals(List.of(), space.search(1, "111", "0001", null, 1).items());
    assertEquals(1, space.search(1, "111", "0002", null, 1).items().size());
  }
}
