package io.numberstoolkit.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.contract.ApiFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PageTest {
  private static final List<Long> TWENTY_SIX = LongStream.rangeClosed(1, 26).boxed().toList();
  private final List<String> reads = new ArrayList<>();

  private Page<Long> page(int page, List<Long> items) {
    return Page.of(page, items.size(), (offset, limit) -> {
      reads.add(offset + "+" + limit);
      return items.subList(offset, Math.min(items.size(), offset + limit));
    });
  }

  @Test
  void theLastPageOfZeroTwentyFiveAndTwentySixItems() {
    assertEquals(25, ApiFacts.PAGE_SIZE);
    assertEquals(1, Page.lastPageOf(0));
    assertEquals(1, Page.lastPageOf(25));
    assertEquals(2, Page.lastPageOf(26));
  }

  @Test
  void pagesAreSlicesOfTwentyFive() {
    assertEquals(new Page<>(TWENTY_SIX.subList(0, 25), 1, 2), page(1, TWENTY_SIX));
    assertEquals(new Page<>(List.of(26L), 2, 2), page(2, TWENTY_SIX));
    assertEquals(List.of("0+25", "25+25"), reads);
  }

  @Test
  void aPagePastTheEndIsEmptyAndReadsNothing() {
    assertEquals(new Page<>(List.of(), 3, 2), page(3, TWENTY_SIX));
    assertEquals(new Page<>(List.of(), 1, 1), page(1, List.of()));
    assertEquals(new Page<>(List.of(), Integer.MAX_VALUE, 2), page(Integer.MAX_VALUE, TWENTY_SIX));
    assertEquals(List.of(), reads);
  }
}
