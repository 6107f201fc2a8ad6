package io.numberstoolkit.simulator.store;

import java.util.List;

/** Everything a state space holds, as plain values: what is exported, loaded and persisted. */
public record SpaceState(List<NumberRecord> numbers, Sequences sequences) {

  public SpaceState {
    numbers = List.copyOf(numbers);
  }

  public static SpaceState empty() {
    return new SpaceState(List.of(), Sequences.START);
  }
}
