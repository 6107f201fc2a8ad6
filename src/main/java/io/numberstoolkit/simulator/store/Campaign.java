package io.numberstoolkit.simulator.store;

import java.util.List;

/**
 * A campaign's settings, which its numbers inherit. Campaigns live outside the numbers API; the
 * simulator needs them to exist, so they are defined at start-up. Templates carry id 0.
 */
public record Campaign(
    String cid, Greeting greeting, List<Timer> timers, List<MenuOption> menuOptions) {

  public Campaign {
    timers = List.copyOf(timers);
    menuOptions = List.copyOf(menuOptions);
  }
}
