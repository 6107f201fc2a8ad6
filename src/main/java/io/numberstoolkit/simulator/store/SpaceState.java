package io.numberstoolkit.simulator.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything a state space holds, as plain values: what is exported, loaded and persisted. */
public record SpaceState(
    List<NumberRecord> numbers, Map<Long, Set<String>> affiliates, Sequences sequences) {

  public SpaceState {
    numbers = List.copyOf(numbers);
    affiliates = Map.copyOf(affiliates);
  }

  public static SpaceState empty() {
    return new SpaceState(List.of(), Map.of(), Sequences.START);
  }
}
