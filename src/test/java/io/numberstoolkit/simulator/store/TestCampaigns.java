package io.numberstoolkit.simulator.store;

import java.time.Instant;
import java.util.List;

/** A small set of campaigns for the store's unit tests, shaped like the built-in ones. */
final class TestCampaigns {
  static final Greeting SPOKEN = new Greeting.Spoken("Hi There!", "Female", true);
  static final Greeting AUDIO =
      new Greeting.Audio("greeting.flac", "application/octet-stream", 4990865,
          Instant.parse("2012-07-15T01:30:34Z"), true);

  static final Campaign SPOKEN_111 =
      new Campaign(
          "111", SPOKEN,
          List.of(new Timer(0, 0, "http://pixels.example/click", true),
              new Timer(0, 5, "http://pixels.example/pixel", true)),
          List.of(new MenuOption(0, "1", null, "+18667878878", true)));

  static final Campaign AUDIO_0001 =
      new Campaign(
          "0001", AUDIO,
          List.of(new Timer(0, 90, "http://pixels.example/ninety", true)),
          List.of(new MenuOption(0, "1", null, "+18884899999", true),
              new MenuOption(0, "2", "399944", null, true)));

  static final Campaign TARGET_399944 =
      new Campaign("399944", new Greeting.Spoken("Welcome back.", "Male", true), List.of(), List.of());

  static Campaigns all() {
    return new Campaigns(List.of(SPOKEN_111, AUDIO_0001, TARGET_399944));
  }

  private TestCampaigns() {}
}
