package io.numberstoolkit.simulator.store;

import java.util.List;

/** One page of a listing: its items, which page it is (1-based) and how many pages there are. */
public record Page<T>(List<T> items, int page, int lastPage) {
  public static final int SIZE = 25;

  /** The last page of {@code total} items; an empty listing still has page 1. */
  static int lastPageOf(int total) {
    return Math.max(1, (total + SIZE - 1) / SIZE);
  }
}
