package io.numberstoolkit.simulator;

import io.numberstoolkit.contract.ApiFacts;
import io.numberstoolkit.simulator.store.Campaign;
import io.numberstoolkit.simulator.store.Campaigns;
import io.numberstoolkit.simulator.store.NumberChanges;
import io.numberstoolkit.simulator.store.NumberSpace;
import io.numberstoolkit.simulator.store.RuleViolationException;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.StateJournal;
import java.time.Instant;
import java.util.List;

/**
 * {@code --seed N}: numbers to page through and search. Each is created by the store's own rules,
 * as a create request would be, so it inherits its campaign's settings like any other number.
 * They cycle through the campaigns, affiliates {@code 0001}–{@code 0005} and both types; sub ids
 * run {@code seed-1}, {@code seed-2}, …, one second apart in creation time.
 */
final class SeedNumbers {
  private static final int AFFILIATES = 5;
  private static final Instant FIRST_CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private SeedNumbers() {}

  static SpaceState added(SpaceState start, Campaigns campaigns, long company, int count) {
    if (count == 0) {
      return start;
    }
    List<String> cids = campaigns.all().stream().map(Campaign::cid).sorted().toList();
    if (cids.isEmpty()) {
      throw new IllegalArgumentException("--seed needs at least one campaign for its numbers");
    }
    NumberSpace space = new NumberSpace(campaigns, start, StateJournal.NONE);
    for (int i = 1; i <= count; i++) {
      NumberChanges number = new NumberChanges(
          i % 4 == 0 ? ApiFacts.LOCAL : ApiFacts.TOLL_FREE, null, null,
          String.format("%04d", (i - 1) % AFFILIATES + 1), cids.get((i - 1) % cids.size()), "seed-" + i,
          null, null, null, null, null, null);
      try {
        space.create(company, number, FIRST_CREATED.plusSeconds(i));
      } catch (RuleViolationException e) {
        throw new IllegalStateException("seed number " + i + " broke a rule of the API: " + e.getMessage(), e);
      }
    }
    return space.state();
  }
}
