package io.numberstoolkit.simulator.store;

/** A pixel fired when a call has lasted {@code seconds}; id 0 marks a campaign's template. */
public record Timer(long id, int seconds, String url, boolean inherited) {

  Timer withId(long newId) {
    return new Timer(newId, seconds, url, inherited);
  }
}
