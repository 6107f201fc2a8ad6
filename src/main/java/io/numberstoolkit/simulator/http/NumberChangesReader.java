package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.store.NumberChanges.AudioUpload;
import io.numberstoolkit.simulator.store.NumberChanges.MenuOptionChange;
import io.numberstoolkit.simulator.store.NumberChanges.TimerChange;
import io.numberstoolkit.simulator.store.NumberChanges;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the {@code number} node of a request that has passed its schema into typed changes. */
final class NumberChangesReader {
  private NumberChangesReader() {}

  static NumberChanges read(JsonNode number, AudioUpload uploaded) {
    return new NumberChanges(
        text(number, "type"),
        text(number, "desired_text"),
        text(number, "country"),
        text(number, "afid"),
        text(number, "cid"),
        text(number, "sid"),
        number.has("destroy_nested") ? number.get("destroy_nested").asBoolean() : null,
        text(number, "message"),
        text(number, "voice_gender"),
        uploaded != null ? uploaded : base64Audio(number),
        timers(number.get("timers_attributes")),
        menuOptions(number.get("menu_options_attributes")));
  }

  private static AudioUpload base64Audio(JsonNode number) {
    String data = text(number, "message_file_b64_data");
    if (data == null) {
      return null;
    }
    long size = Base64.getMimeDecoder().decode(data).length;
    return new AudioUpload(
        text(number, "message_file_b64_filename"), "application/octet-stream", size);
  }

  private static List<TimerChange> timers(JsonNode items) {
    if (items == null) {
      return null;
    }
    List<TimerChange> timers = new ArrayList<>();
    for (JsonNode item : items) {
      timers.add(
          new TimerChange(
              item.has("id") ? item.get("id").asLong() : null,
              item.has("seconds") ? item.get("seconds").asInt() : null,
              text(item, "url")));
    }
    return timers;
  }

  private static List<MenuOptionChange> menuOptions(JsonNode items) {
    if (items == null) {
      return null;
    }
    List<MenuOptionChange> options = new ArrayList<>();
    for (JsonNode item : items) {
      options.add(
          new MenuOptionChange(
              item.has("id") ? item.get("id").asLong() : null,
              text(item, "option"),
              text(item, "target_cid"),
              item.has("target_cid"),
              text(item, "target_number"),
              item.has("target_number")));
    }
    return options;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
