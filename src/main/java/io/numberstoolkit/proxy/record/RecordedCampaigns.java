package io.numberstoolkit.proxy.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The campaigns recorded numbers belong to, in the campaigns file's shape ({@code {"cid",
 * "greeting", "timers", "menu_options"}}): "a number inherits its campaign's greeting, timers and
 * menu options", so an inherited part a number shows is its campaign's. A part no number inherited
 * stays unknown: a placeholder greeting, no timers, no menu options.
 */
final class RecordedCampaigns {
  static final String UNKNOWN_GREETING = "This campaign's greeting was not seen while recording.";

  private RecordedCampaigns() {}

  static ArrayNode of(Collection<ObjectNode> numbers) {
    Map<String, ObjectNode> byCid = new TreeMap<>();
    for (ObjectNode number : numbers) {
      String cid = number.path("cid").asText("");
      if (cid.isEmpty()) {
        continue;
      }
      ObjectNode campaign = byCid.computeIfAbsent(cid, RecordedCampaigns::unknown);
      JsonNode greeting = number.path("greeting");
      if (greeting.path("inherited").asBoolean(false) && campaign.path("greeting").path("message").asText("").equals(UNKNOWN_GREETING)) {
        ObjectNode copy = greeting.deepCopy();
        copy.remove("inherited");
        campaign.set("greeting", copy);
      }
      inherited(number, "timers", "timer", campaign, item -> {
        ObjectNode timer = JsonNodeFactory.instance.objectNode();
        timer.set("seconds", item.get("seconds"));
        timer.set("url", item.get("url"));
        return timer;
      });
      inherited(number, "menu_options", "menu_option", campaign, item -> {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.set("option", item.get("option"));
        option.set("target_cid", item.get("target_cid"));
        option.set("target_number", item.get("target_number"));
        return option;
      });
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    byCid.values().forEach(list::add);
    return list;
  }

  /** The first number that inherits a part names it; later ones do not change it. */
  private static void inherited(ObjectNode number, String field, String wrapper, ObjectNode campaign,
      java.util.function.Function<JsonNode, ObjectNode> template) {
    if (campaign.path(field).size() > 0) {
      return;
    }
    ArrayNode items = campaign.putArray(field);
    for (JsonNode wrapped : number.path(field)) {
      JsonNode item = NumberRecorder.unwrapped(wrapped, wrapper);
      if (item.path("inherited").asBoolean(false)) {
        items.add(template.apply(item));
      }
    }
  }

  private static ObjectNode unknown(String cid) {
    ObjectNode campaign = JsonNodeFactory.instance.objectNode();
    campaign.put("cid", cid);
    campaign.putObject("greeting").put("message", UNKNOWN_GREETING).put("voice_gender", "Male");
    campaign.putArray("timers");
    campaign.putArray("menu_options");
    return campaign;
  }
}
