package io.numberstoolkit.simulator.store;

import io.numberstoolkit.contract.ApiFacts;
import java.util.List;

/** One page of a listing: its items, which page it is (1-based) and how many pages there are. */
public record Page<T>(List<T> items, int page, int lastPage) {

  /** Reads {@code limit} items of a listing from the {@code offset}-th (0-based). */
  interface Slice<T> {
    List<T> items(int offset, int limit);
  }

  /**
   * Page {@code page} of a listing of {@code total} items: the one place of the paging maths. The
   * listing is read only when the page has items.
   */
  static <T> Page<T> of(int page, int total, Slice<T> listing) {
    long offset = (long) (page - 1) * ApiFacts.PAGE_SIZE;
    List<T> items =
        offset < 0 || offset >= total ? List.of() : listing.items((int) offset, ApiFacts.PAGE_SIZE);
    return new Page<>(items, page, lastPageOf(total));
  }

  /** The last page of {@code total} items; an empty listing still has page 1. */
  static int lastPageOf(int total) {
    return Math.max(1, (total + ApiFacts.PAGE_SIZE - 1) / ApiFacts.PAGE_SIZE);
  }
}
