package io.numberstoolkit.simulator.store;

import java.util.List;

/**
 * What a create or update request asks for, already validated against its schema. A null field
 * was not passed; for updates that means "leave it as it is".
 * What counts as an override of the campaign's settings is a rule: see {@link NumberRules}.
 */
public record NumberChanges(
    String type,
    String desiredText,
    String country,
    String afid,
    String cid,
    String sid,
    Boolean destroyNested,
    String message,
    String voiceGender,
    AudioUpload audio,
    List<TimerChange> timers,
    List<MenuOptionChange> menuOptions) {

  /** An uploaded greeting file: only its description is kept. */
  public record AudioUpload(String fileName, String contentType, long size) {}

  /** A nested timer: without an id it is added, with one it changes that timer in place. */
  public record TimerChange(Long id, Integer seconds, String url) {}

  /**
   * A nested menu option. {@code targetCidPassed}/{@code targetNumberPassed} tell an explicit
   * null (clear it) from a value that was not passed at all.
   */
  public record MenuOptionChange(
      Long id,
      String option,
      String targetCid,
      boolean targetCidPassed,
      String targetNumber,
      boolean targetNumberPassed) {}
}
