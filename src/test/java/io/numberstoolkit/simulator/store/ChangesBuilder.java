package io.numberstoolkit.simulator.store;

import io.numberstoolkit.simulator.store.NumberChanges.AudioUpload;
import io.numberstoolkit.simulator.store.NumberChanges.MenuOptionChange;
import io.numberstoolkit.simulator.store.NumberChanges.TimerChange;
import java.util.List;

/** Builds the {@link NumberChanges} a request would carry, naming only the fields a test sets. */
final class ChangesBuilder {
  private String type;
  private String desiredText;
  private String country;
  private String afid;
  private String cid;
  private String sid;
  private Boolean destroyNested;
  private String message;
  private String voiceGender;
  private AudioUpload audio;
  private List<TimerChange> timers;
  private List<MenuOptionChange> menuOptions;

  static ChangesBuilder create(String cid) {
    ChangesBuilder changes = new ChangesBuilder();
    changes.cid = cid;
    changes.afid = "0001";
    return changes;
  }

  static ChangesBuilder update() {
    return new ChangesBuilder();
  }

  static TimerChange newTimer(int seconds, String url) {
    return new TimerChange(null, seconds, url);
  }

  static MenuOptionChange newOption(String option, String targetNumber) {
    return new MenuOptionChange(null, option, null, false, targetNumber, true);
  }

  ChangesBuilder type(String value) {
    type = value;
    return this;
  }

  ChangesBuilder country(String value) {
    country = value;
    return this;
  }

  ChangesBuilder desiredText(String value) {
    desiredText = value;
    return this;
  }

  ChangesBuilder cid(String value) {
    cid = value;
    return this;
  }

  ChangesBuilder afid(String value) {
    afid = value;
    return this;
  }

  ChangesBuilder destroyNested() {
    destroyNested = true;
    return this;
  }

  ChangesBuilder message(String value) {
    message = value;
    return this;
  }

  ChangesBuilder voice(String value) {
    voiceGender = value;
    return this;
  }

  ChangesBuilder audio(String fileName) {
    audio = new AudioUpload(fileName, "audio/mpeg", 1234);
    return this;
  }

  ChangesBuilder timers(TimerChange... changes) {
    timers = List.of(changes);
    return this;
  }

  ChangesBuilder timers(List<TimerChange> changes) {
    timers = changes;
    return this;
  }

  ChangesBuilder menuOptions(MenuOptionChange... changes) {
    menuOptions = List.of(changes);
    return this;
  }

  NumberChanges build() {
    return new NumberChanges(
        type, desiredText, country, afid, cid, sid, destroyNested, message, voiceGender,
        audio, timers, menuOptions);
  }
}
