package io.numberstoolkit.simulator.store;

/** What pressing {@code option} does: forward to a number or to another campaign (which wins). */
public record MenuOption(
    long id, String option, String targetCid, String targetNumber, boolean inherited) {

  MenuOption withId(long newId) {
    return new MenuOption(newId, option, targetCid, targetNumber, inherited);
  }
}
