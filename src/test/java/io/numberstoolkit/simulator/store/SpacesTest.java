package io.numberstoolkit.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sessions are capped by count and by what their indexes are reckoned to cost. */
class SpacesTest {
  private static final Instant AT = Instant.parse("2012-05-03T13:53:23Z");

  private static SpaceState numbers(int count) {
    List<NumberRecord> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      numbers.add(new NumberRecord(i, 1, "+1800" + (5000000 + i), true, AT, AT, "s", "0002", "0001", false,
          new Greeting.Spoken("Hello", "Female", false), List.of(), List.of()));
    }
    return new SpaceState(numbers, new Sequences(count + 1, 1, 1));
  }

  private static Spaces spaces(SpaceState start, int maxSessions, long sessionMemory) {
    return new Spaces(TestCampaigns.all(), start, new NumberSpace(TestCampaigns.all(), start, StateJournal.NONE),
        maxSessions, sessionMemory);
  }

  @Test
  void aBigStartStateGetsAsManySessionsAsTheMemoryHolds() throws Exception {
    // 20,000 numbers: 64 KiB + 20,000 * 256 bytes = 5.2 MB a session; 30 MB hold 5.
    Spaces spaces = spaces(numbers(20_000), 1000, 30_000_000);
    for (int i = 1; i <= 5; i++) {
      spaces.space("s" + i);
    }
    Spaces.TooManySessionsException refused =
        assertThrows(Spaces.TooManySessionsException.class, () -> spaces.space("s6"));
    assertEquals("this simulator keeps at most 5 sessions: each is reckoned at 5.2 MB over the start state's 20000"
        + " numbers, and sessions get 30.0 MB (half the heap; more with java -Xmx); drop unused ones with"
        + " DELETE /__admin/numbers/sessions/NAME", refused.getMessage());
    assertSame(spaces.space("s1"), spaces.space("s1"), "a session that exists is still served");
    spaces.drop("s1");
    spaces.space("s6");
  }

  @Test
  void aSmallStartStateIsCappedByCount() throws Exception {
    Spaces spaces = spaces(numbers(2), 3, 1_000_000_000);
    for (int i = 1; i <= 3; i++) {
      spaces.space("s" + i);
    }
    assertEquals("this simulator keeps at most 3 sessions; drop unused ones with DELETE /__admin/numbers/sessions/NAME",
        assertThrows(Spaces.TooManySessionsException.class, () -> spaces.space("s4")).getMessage());
    assertSame(spaces.shared(), spaces.space(null));
  }
}
