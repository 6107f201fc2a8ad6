package io.numberstoolkit.simulator.store;

import java.time.Instant;

/** What the caller hears first: a text read aloud, or an audio file. */
public sealed interface Greeting {

  boolean inherited();

  /** Text-to-speech. */
  record Spoken(String message, String voiceGender, boolean inherited) implements Greeting {}

  /** An uploaded audio file; the simulator keeps its description, not its bytes. */
  record Audio(
      String fileName, String contentType, long size, Instant updatedAt, boolean inherited)
      implements Greeting {}
}
