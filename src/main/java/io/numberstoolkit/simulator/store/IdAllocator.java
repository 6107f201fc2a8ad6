package io.numberstoolkit.simulator.store;

/**
 * Hands out the ids of one write, starting from the space's sequences. The space keeps the
 * sequences it ends at only if the write succeeds, so a refused request uses up no ids.
 */
final class IdAllocator {
  private long number;
  private long timer;
  private long menuOption;

  IdAllocator(Sequences start) {
    this.number = start.nextNumberId();
    this.timer = start.nextTimerId();
    this.menuOption = start.nextMenuOptionId();
  }

  long nextNumber() {
    return number++;
  }

  long nextTimer() {
    return timer++;
  }

  long nextMenuOption() {
    return menuOption++;
  }

  /** The next ids still to hand out. */
  Sequences sequences() {
    return new Sequences(number, timer, menuOption);
  }
}
