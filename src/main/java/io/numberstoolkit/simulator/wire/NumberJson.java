package io.numberstoolkit.simulator.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.numberstoolkit.contract.ApiFacts;
import io.numberstoolkit.simulator.store.Greeting;
import io.numberstoolkit.simulator.store.MenuOption;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Timer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper TREES = new ObjectMapper(JSON);

  private NumberJson() {}

  /**
   * {@code {"number": {...}}} as UTF-8 JSON, written straight from the record: the body of show,
   * create and update, with no tree built and no data binding on the way.
   */
  public static byte[] envelopeJson(NumberRecord record) {
    return json(g -> writeEnvelope(g, record));
  }

  /** {@code [{"number": {...}}, ...]} as UTF-8 JSON: the body of a listing page. */
  public static byte[] listJson(List<NumberRecord> records) {
    return json(g -> writeList(g, records));
  }

  /** The same shapes as trees, for the XML format, the data file and the state export. */
  public static ObjectNode envelope(NumberRecord record) {
    return (ObjectNode) tree(g -> writeEnvelope(g, record));
  }

  public static ArrayNode list(List<NumberRecord> records) {
    return (ArrayNode) tree(g -> writeList(g, records));
  }

  public static ObjectNode toJson(NumberRecord record) {
    return (ObjectNode) tree(g -> write(g, record));
  }

  private static void writeList(JsonGenerator g, List<NumberRecord> records) throws IOException {
    g.writeStartArray();
    for (NumberRecord record : records) {
      writeEnvelope(g, record);
    }
    g.writeEndArray();
  }

  private static void writeEnvelope(JsonGenerator g, NumberRecord record) throws IOException {
    g.writeStartObject();
    g.writeFieldName("number");
    write(g, record);
    g.writeEndObject();
  }

  /** The one mapping of a number to the API's shape; every other form is written through it. */
  private static void write(JsonGenerator g, NumberRecord r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", r.id());
    g.writeStringField("number", r.number());
    g.writeBooleanField("toll_free", r.tollFree());
    g.writeStringField("updated_at", timestamp(r.updatedAt()));
    g.writeStringField("created_at", timestamp(r.createdAt()));
    g.writeStringField("sid", r.sid());
    g.writeStringField("afid", r.afid());
    g.writeStringField("cid", r.cid());
    g.writeBooleanField("uses_campaign_settings", r.usesCampaignSettings());
    g.writeFieldName("greeting");
    writeGreeting(g, r.greeting());
    writeWrapped(g, "timers", "timer", r.timers(), NumberJson::writeTimer);
    writeWrapped(g, "menu_options", "menu_option", r.menuOptions(), NumberJson::writeMenuOption);
    g.writeEndObject();
  }

  private static void writeGreeting(JsonGenerator g, Greeting greeting) throws IOException {
    g.writeStartObject();
    if (greeting instanceof Greeting.Spoken spoken) {
      g.writeStringField("message", spoken.message());
      g.writeStringField("voice_gender", spoken.voiceGender());
    } else if (greeting instanceof Greeting.Audio audio) {
      g.writeStringField("audio_file_name", audio.fileName());
      g.writeStringField("audio_file_content_type", audio.contentType());
      g.writeNumberField("audio_file_size", audio.size());
      g.writeStringField("audio_file_updated_at", timestamp(audio.updatedAt()));
    }
    g.writeBooleanField("inherited", greeting.inherited());
    g.writeEndObject();
  }

  private static void writeTimer(JsonGenerator g, Timer timer) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", timer.id());
    g.writeNumberField("seconds", timer.seconds());
    g.writeStringField("url", timer.url());
    g.writeBooleanField("inherited", timer.inherited());
    g.writeEndObject();
  }

  private static void writeMenuOption(JsonGenerator g, MenuOption option) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", option.id());
    g.writeStringField("option", option.option());
    g.writeStringField("target_cid", option.targetCid());
    g.writeStringField("target_number", option.targetNumber());
    g.writeBooleanField("inherited", option.inherited());
    g.writeEndObject();
  }

  /** {@code "timers": [{"timer": {...}}, ...]}: each item wrapped in an object named for it. */
  private static <T> void writeWrapped(
      JsonGenerator g, String field, String itemName, List<T> items, ItemWriter<T> writer)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (T item : items) {
      g.writeStartObject();
      g.writeFieldName(itemName);
      writer.write(g, item);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private interface ItemWriter<T> {
    void write(JsonGenerator generator, T item) throws IOException;
  }

  private interface Writing {
    void write(JsonGenerator generator) throws IOException;
  }

  private static byte[] json(Writing writing) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      writing.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static JsonNode tree(Writing writing) {
    try (TokenBuffer buffer = new TokenBuffer(TREES, false)) {
      writing.write(buffer);
      return TREES.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("building a JSON tree in memory cannot fail", e);
    }
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
        g.get("message").asText(), g.path("voice_gender").asText(ApiFacts.DEFAULT_VOICE), inherited);
  }

  static Timer timerFrom(JsonNode t) {
    return new Timer(
        t.path("id").asLong(), t.get("seconds").asInt(), t.get("url").asText(),
        t.path("inherited").asBoolean(true));
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
  private static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
