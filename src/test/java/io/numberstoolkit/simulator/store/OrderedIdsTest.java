package io.numberstoolkit.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderedIdsTest {

  @Test
  void slicesAtTheBoundaries() {
    OrderedIds ids = new OrderedIds();
    for (long id = 1; id <= 30; id++) {
      ids.add(id * 10);
    }
    assertEquals(List.of(10L, 20L), ids.slice(0, 2));
    assertEquals(List.of(300L), ids.slice(29, 25));
    assertEquals(List.of(), ids.slice(30, 25));
    assertEquals(List.of(), ids.slice(-1, 25));
    assertEquals(30, ids.slice(0, 100).size());
    assertEquals(List.of(), new OrderedIds().slice(0, 25));
  }

  @Test
  void removedIdsAreSkippedAndUnknownOnesIgnored() {
    OrderedIds ids = new OrderedIds();
    for (long id = 1; id <= 5; id++) {
      ids.add(id);
    }
    ids.remove(1);
    ids.remove(3);
    ids.remove(3);
    ids.remove(42);
    assertEquals(3, ids.size());
    assertEquals(List.of(2L, 4L, 5L), ids.slice(0, 25));
    assertEquals(List.of(4L), ids.slice(1, 1));
  }

  @Test
  void idsMustBeAddedInAscendingOrder() {
    OrderedIds ids = new OrderedIds();
    ids.add(5);
    assertThrows(IllegalArgumentException.class, () -> ids.add(5));
    assertThrows(IllegalArgumentException.class, () -> ids.add(4));
  }

  @Test
  void compactionAfterManyRemovalsKeepsEveryLiveId() {
    OrderedIds ids = new OrderedIds();
    List<Long> reference = new ArrayList<>();
    for (long id = 1; id <= 1_000; id++) {
      ids.add(id);
      reference.add(id);
    }
    for (long id = 1; id <= 1_000; id++) {
      if (id % 97 != 0) {
        ids.remove(id);
        reference.remove(id);
      }
    }
    ids.add(2_000);
    reference.add(2_000L);
    assertEquals(reference, ids.slice(0, 2_000));
    assertEquals(reference.subList(3, 8), ids.slice(3, 5));
  }

  @Test
  void agreesWithAPlainListOverARandomSequence() {
    SplittableRandom random = new SplittableRandom(20260109);
    OrderedIds ids = new OrderedIds();
    List<Long> reference = new ArrayList<>();
    long next = 1;
    for (int step = 0; step < 20_000; step++) {
      int action = random.nextInt(10);
      if (action < 5) {
        next += 1 + random.nextInt(3);
        ids.add(next);
        reference.add(next);
      } else if (action < 9 && !reference.isEmpty()) {
        Long id = reference.remove(random.nextInt(reference.size()));
        ids.remove(id);
      } else {
        int offset = reference.isEmpty() ? 0 : random.nextInt(reference.size() + 2);
        int limit = 1 + random.nextInt(30);
        List<Long> expected =
            offset >= reference.size()
                ? List.of()
                : reference.subList(offset, Math.min(reference.size(), offset + limit));
        assertEquals(expected, ids.slice(offset, limit), "step " + step);
      }
      assertEquals(reference.size(), ids.size(), "step " + step);
    }
    assertEquals(reference, ids.slice(0, Integer.MAX_VALUE));
  }
}
