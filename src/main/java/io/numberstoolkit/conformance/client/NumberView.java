package io.numberstoolkit.conformance.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One number as answered, read by field name. Timers come bare or wrapped in {@code {"timer":
 * ...}} (the docs show both); menu options wrapped in {@code {"menu_option": ...}}: this view
 * unwraps both so steps never care which shape a target chose.
 */
public final class NumberView {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonNode node;

  public NumberView(JsonNode node) {
    this.node = node;
  }

  public JsonNode raw() {
    return node;
  }

  public long id() {
    JsonNode id = field("id");
    if (!id.canConvertToLong()) {
      throw new AssertionError("the number's id is not a whole number: " + id);
    }
    return id.asLong();
  }

  public String phone() {
    return field("number").asText();
  }

  public boolean tollFree() {
    return field("toll_free").asBoolean();
  }

  public String cid() {
    return field("cid").asText();
  }

  public String afid() {
    return field("afid").asText();
  }

  /** The sub id; null when the number has none. */
  public String sid() {
    JsonNode sid = field("sid");
    return sid.isNull() ? null : sid.asText();
  }

  public boolean usesCampaignSettings() {
    return field("uses_campaign_settings").asBoolean();
  }

  public JsonNode greeting() {
    return field("greeting");
  }

  public List<JsonNode> timers() {
    return items("timers", "timer");
  }

  public List<JsonNode> menuOptions() {
    return items("menu_options", "menu_option");
  }

  public Optional<JsonNode> timerAt(int seconds) {
    return timers().stream().filter(t -> t.path("seconds").asInt(-1) == seconds).findFirst();
  }

  public Optional<JsonNode> timerWithId(long id) {
    return timers().stream().filter(t -> t.path("id").asLong(-1) == id).findFirst();
  }

  public Optional<JsonNode> menuOption(String option) {
    return menuOptions().stream().filter(m -> m.path("option").asText().equals(option)).findFirst();
  }

  public Optional<JsonNode> menuOptionWithId(long id) {
    return menuOptions().stream().filter(m -> m.path("id").asLong(-1) == id).findFirst();
  }

  /** A field the contract requires; its absence fails the step (the schema has said so already). */
  public JsonNode field(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new AssertionError("the number has no field '" + name + "': " + node);
    }
    return value;
  }

  public boolean has(String name) {
    return node.has(name);
  }

  /**
   * The number with timers and menu options unwrapped and numbers re-read, so two answers of the
   * same number compare equal whichever format and timer shape carried them.
   */
  public JsonNode normalized() {
    ObjectNode copy = node.deepCopy();
    ArrayNode timers = copy.putArray("timers");
    timers().forEach(timers::add);
    ArrayNode menuOptions = copy.putArray("menu_options");
    menuOptions().forEach(menuOptions::add);
    try {
      return JSON.readTree(JSON.writeValueAsString(copy));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** The same number as answered, without the fields that may change on an update. */
  public JsonNode withoutChangingFields(String... changing) {
    ObjectNode copy = (ObjectNode) normalized();
    copy.remove("updated_at");
    for (String name : changing) {
      copy.remove(name);
    }
    return copy;
  }

  private List<JsonNode> items(String field, String wrapper) {
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode item : field(field)) {
      items.add(item.has(wrapper) && item.size() == 1 ? item.get(wrapper) : item);
    }
    return items;
  }

  @Override
  public String toString() {
    return node.toString();
  }
}
