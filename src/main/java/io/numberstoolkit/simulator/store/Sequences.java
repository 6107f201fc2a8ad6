package io.numberstoolkit.simulator.store;

/** The next ids to hand out. Persisted with every change, so ids are never reused after a restart. */
public record Sequences(long nextNumberId, long nextTimerId, long nextMenuOptionId) {
  public static final Sequences START = new Sequences(1, 1, 1);

  Sequences atLeastAfter(NumberRecord record) {
    long timer = nextTimerId;
    for (Timer t : record.timers()) {
      timer = Math.max(timer, t.id() + 1);
    }
    long menuOption = nextMenuOptionId;
    for (MenuOption m : record.menuOptions()) {
      menuOption = Math.max(menuOption, m.id() + 1);
    }
    return new Sequences(Math.max(nextNumberId, record.id() + 1), timer, menuOption);
  }

  public Sequences max(Sequences other) {
    return new Sequences(
        Math.max(nextNumberId, other.nextNumberId),
        Math.max(nextTimerId, other.nextTimerId),
        Math.max(nextMenuOptionId, other.nextMenuOptionId));
  }
}
