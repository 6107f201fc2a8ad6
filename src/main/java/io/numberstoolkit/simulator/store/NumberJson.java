package io.numberstoolkit.simulator.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that maps a number to the API's JSON shape and back. The same shape is what
 * the simulator answers, what it persists and what it seeds from the docs' examples. Timers are
 * written wrapped ({@code {"timer": {...}}}), the shape of the docs' POST and PUT examples and
 * the one menu options always have; both shapes are read.
 */
public final class NumberJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private NumberJson() {}

  public static ObjectNode envelope(NumberRecord record) {
    ObjectNode envelope = NODES.objectNode();
    envelope.set("number", toJson(record));
    return envelope;
  }

  public static ArrayNode list(List<NumberRecord> records) {
    ArrayNode list = NODES.arrayNode(records.size());
    records.forEach(record -> list.add(envelope(record)));
    return list;
  }

  public static ObjectNode toJson(NumberRecord r) {
    ObjectNode number = NODES.objectNode();
    number.put("id", r.id());
    number.put("number", r.number());
    number.put("toll_free", r.tollFree());
    number.put("updated_at", timestamp(r.updatedAt()));
    number.put("created_at", timestamp(r.createdAt()));
    number.put("sid", r.sid());
    number.put("afid", r.afid());
    number.put("cid", r.cid());
    number.put("uses_campaign_settings", r.usesCampaignSettings());
    number.set("greeting", greeting(r.greeting()));
    ArrayNode timers = number.putArray("timers");
    for (Timer timer : r.timers()) {
      timers.addObject().set("timer", timer(timer));
    }
    ArrayNode menuOptions = number.putArray("menu_options");
    for (MenuOption option : r.menuOptions()) {
      menuOptions.addObject().set("menu_option", menuOption(option));
    }
    return number;
  }

  public static NumberRecord fromJson(JsonNode n, long companyId) {
    List<Timer> timers = new ArrayList<>();
    for (JsonNode item : n.path("timers")) {
      timers.add(timerFrom(item.has("timer") ? item.get("timer") : item));
    }
    List<MenuOption> menuOptions = new ArrayList<>();
    for (JsonNode item : n.path("menu_options")) {
      menuOptions.add(menuOptionFrom(item.get("menu_option")));
    }
    return new NumberRecord(
        n.get("id").asLong(),
        companyId,
        n.get("number").asText(),
        n.get("toll_free").asBoolean(),
        Instant.parse(n.get("created_at").asText()),
        Instant.parse(n.get("updated_at").asText()),
        textOrNull(n.get("sid")),
        n.get("afid").asText(),
        n.get("cid").asText(),
        n.get("uses_campaign_settings").asBoolean(),
        greetingFrom(n.get("greeting"), n.get("greeting").path("inherited").asBoolean()),
        timers,
        menuOptions);
  }

  static ObjectNode greeting(Greeting greeting) {
    ObjectNode node = NODES.objectNode();
    if (greeting instanceof Greeting.Spoken spoken) {
      node.put("message", spoken.message());
      node.put("voice_gender", spoken.voiceGender());
    } else if (greeting instanceof Greeting.Audio audio) {
      node.put("audio_file_name", audio.fileName());
      node.put("audio_file_content_type", audio.contentType());
      node.put("audio_file_size", audio.size());
      node.put("audio_file_updated_at", timestamp(audio.updatedAt()));
    }
    node.put("inherited", greeting.inherited());
    return node;
  }

  static Greeting greetingFrom(JsonNode g, boolean inherited) {
    if (g.has("audio_file_name")) {
      return new Greeting.Audio(
          g.get("audio_file_name").asText(),
          g.path("audio_file_content_type").asText("application/octet-stream"),
          g.path("audio_file_size").asLong(),
          Instant.parse(g.get("audio_file_updated_at").asText()),
          inherited);
    }
    return new Greeting.Spoken(
        g.get("message").asText(), g.path("voice_gender").asText("Male"), inherited);
  }

  static ObjectNode timer(Timer timer) {
    ObjectNode node = NODES.objectNode();
    node.put("id", timer.id());
    node.put("seconds", timer.seconds());
    node.put("url", timer.url());
    node.put("inherited", timer.inherited());
    return node;
  }

  static Timer timerFrom(JsonNode t) {
    return new Timer(
        t.path("id").asLong(), t.get("seconds").asInt(), t.get("url").asText(),
        t.path("inherited").asBoolean(true));
  }

  static ObjectNode menuOption(MenuOption option) {
    ObjectNode node = NODES.objectNode();
    node.put("id", option.id());
    node.put("option", option.option());
    node.put("target_cid", option.targetCid());
    node.put("target_number", option.targetNumber());
    node.put("inherited", option.inherited());
    return node;
  }

  static MenuOption menuOptionFrom(JsonNode m) {
    return new MenuOption(
        m.path("id").asLong(),
        m.get("option").asText(),
        textOrNull(m.get("target_cid")),
        textOrNull(m.get("target_number")),
        m.path("inherited").asBoolean(true));
  }

  /** ISO-8601 UTC to the second, the docs' format: 2012-05-03T13:53:23Z. */
  public static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
