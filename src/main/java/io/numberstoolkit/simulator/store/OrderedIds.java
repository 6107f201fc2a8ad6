package io.numberstoolkit.simulator.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ids in ascending order with removal, where any page is found in O(log n + page size): the
 * listing of a company's numbers must not cost more as the store grows. A Fenwick tree over
 * slot positions counts the live slots, so the k-th live id is found by a binary descent.
 * Removed slots are compacted away once they outnumber the live ones.
 */
final class OrderedIds {
  private long[] ids = new long[16];
  private boolean[] live = new boolean[16];
  private int[] tree = new int[17];
  private int slots;
  private int liveCount;

  int size() {
    return liveCount;
  }

  /** Adds an id larger than every id added before (the store hands out increasing ids). */
  void add(long id) {
    if (slots > 0 && id <= ids[slots - 1]) {
      throw new IllegalArgumentException("ids must be added in ascending order: " + id);
    }
    if (slots == ids.length) {
      grow();
    }
    ids[slots] = id;
    live[slots] = true;
    slots++;
    liveCount++;
    increment(slots, 1);
  }

  void remove(long id) {
    int slot = Arrays.binarySearch(ids, 0, slots, id);
    if (slot < 0 || !live[slot]) {
      return;
    }
    live[slot] = false;
    liveCount--;
    increment(slot + 1, -1);
    if (slots - liveCount > Math.max(16, liveCount)) {
      compact();
    }
  }

  /** Up to {@code limit} ids starting at the {@code offset}-th live one (0-based). */
  List<Long> slice(int offset, int limit) {
    List<Long> result = new ArrayList<>(Math.min(limit, Math.max(0, liveCount - offset)));
    if (offset < 0 || offset >= liveCount) {
      return result;
    }
    for (int slot = slotOfLive(offset + 1); slot < slots && result.size() < limit; slot++) {
      if (live[slot]) {
        result.add(ids[slot]);
      }
    }
    return result;
  }

  /** The slot of the k-th live id (1-based k), by descending the Fenwick tree. */
  private int slotOfLive(int k) {
    int position = 0;
    for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>= 1) {
      int next = position + step;
      if (next < tree.length && tree[next] < k) {
        position = next;
        k -= tree[next];
      }
    }
    return position; // the 1-based position is position + 1, so the 0-based slot is position
  }

  private void increment(int position, int delta) {
    for (int i = position; i < tree.length; i += i & -i) {
      tree[i] += delta;
    }
  }

  private void grow() {
    int capacity = ids.length * 2;
    ids = Arrays.copyOf(ids, capacity);
    live = Arrays.copyOf(live, capacity);
    rebuildTree(capacity);
  }

  private void compact() {
    int kept = 0;
    for (int slot = 0; slot < slots; slot++) {
      if (live[slot]) {
        ids[kept] = ids[slot];
        live[kept] = true;
        kept++;
      }
    }
    Arrays.fill(live, kept, slots, false);
    slots = kept;
    rebuildTree(ids.length);
  }

  private void rebuildTree(int capacity) {
    tree = new int[capacity + 1];
    for (int slot = 0; slot < slots; slot++) {
      if (live[slot]) {
        increment(slot + 1, 1);
      }
    }
  }
}
