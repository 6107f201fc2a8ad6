package io.numberstoolkit.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The nested items of a number as answered, unwrapped: {@code {"timer": {...}}} gives the timer. */
public final class NumberParts {
  private NumberParts() {}

  public static List<JsonNode> timers(JsonNode number) {
    return unwrapped(number.get("timers"), "timer");
  }

  public static List<JsonNode> menuOptions(JsonNode number) {
    return unwrapped(number.get("menu_options"), "menu_option");
  }

  public static List<Long> ids(List<JsonNode> items) {
    return items.stream().map(item -> item.get("id").asLong()).toList();
  }

  private static List<JsonNode> unwrapped(JsonNode items, String wrapper) {
    List<JsonNode> result = new ArrayList<>();
    items.forEach(item -> {
      if (!item.has(wrapper)) {
        throw new AssertionError("the simulator wraps every nested item in {\"" + wrapper + "\": ...}: " + item);
      }
      result.add(item.get(wrapper));
    });
    return result;
  }
}
