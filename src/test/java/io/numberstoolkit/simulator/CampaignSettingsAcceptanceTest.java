package io.numberstoolkit.simulator;

import static io.numberstoolkit.simulator.support.NumberParts.menuOptions;
import static io.numberstoolkit.simulator.support.NumberParts.timers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new number inherits its campaign's greeting, timers and menu options, each with ids of its
 * own; what the create request passes overrides that part (the docs' Optional Parameters).
 */
class CampaignSettingsAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  /** Campaign 111 as the docs' GET numbers/1 example shows its settings. */
  private static final String CAMPAIGN_111 = "{\"afid\": \"0001\", \"cid\": \"111\"";
  private final NumbersClient api = simulator.client();

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aNewNumberInheritsItsCampaignsSettings(Wire wire) {
    JsonNode number = api.create(wire, CAMPAIGN_111 + "}");
    assertTrue(number.get("uses_campaign_settings").asBoolean());
    JsonNode greeting = number.get("greeting");
    assertEquals("Hi There! Press one to continue.", greeting.get("message").asText());
    assertEquals("Female", greeting.get("voice_gender").asText());
    assertTrue(greeting.get("inherited").asBoolean());
    assertEquals(List.of(0, 5), timers(number).stream().map(t -> t.get("seconds").asInt()).toList());
    timers(number).forEach(t -> assertTrue(t.get("inherited").asBoolean(), t.toString()));
    JsonNode option = menuOptions(number).get(0);
    assertEquals("+18667878878", option.get("target_number").asText());
    assertTrue(option.get("target_cid").isNull());
    assertTrue(option.get("inherited").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void inheritedItemsCarryIdsOfTheirOwn(Wire wire) {
    api.create(wire, CAMPAIGN_111 + "}");
    api.create(wire, CAMPAIGN_111 + "}");
    List<Long> timerIds = new ArrayList<>();
    List<Long> optionIds = new ArrayList<>();
    for (JsonNode number : api.listAll(wire)) {
      timers(number).forEach(t -> timerIds.add(t.get("id").asLong()));
      menuOptions(number).forEach(m -> optionIds.add(m.get("id").asLong()));
    }
    assertEquals(8, timerIds.size(), "two numbers of 111 and the docs' two examples have two timers each");
    assertEquals(timerIds.size(), new HashSet<>(timerIds).size(), "timer ids repeat: " + timerIds);
    assertEquals(optionIds.size(), new HashSet<>(optionIds).size(), "menu option ids repeat: " + optionIds);
  }

  /** The facts: voice_gender is Male or Female (default Male); campaign 111's own voice is Female. */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void aMessageWithoutAVoiceIsReadByTheDefaultMaleVoice(Wire wire) {
    JsonNode greeting = api.create(wire, CAMPAIGN_111 + ", \"message\": \"Hello! Press one.\"}").get("greeting");
    assertEquals("Male", greeting.get("voice_gender").asText());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aMessageOverridesTheGreetingOnly(Wire wire) {
    JsonNode number = api.create(wire, CAMPAIGN_111 + ", \"message\": \"Hello! Press one.\"}");
    JsonNode greeting = number.get("greeting");
    assertEquals("Hello! Press one.", greeting.get("message").asText());
    assertFalse(greeting.get("inherited").asBoolean());
    assertFalse(number.get("uses_campaign_settings").asBoolean());
    List<JsonNode> timers = timers(number);
    List<JsonNode> options = menuOptions(number);
    assertEquals(2, timers.size(), "campaign 111's two timers: " + timers);
    assertEquals(1, options.size(), "campaign 111's one menu option: " + options);
    timers.forEach(t -> assertTrue(t.get("inherited").asBoolean(), "timers stay inherited"));
    options.forEach(m -> assertTrue(m.get("inherited").asBoolean(), "menu options stay inherited"));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aVoiceGenderOverridesTheGreeting(Wire wire) {
    JsonNode number = api.create(wire, CAMPAIGN_111 + ", \"voice_gender\": \"Male\"}");
    JsonNode greeting = number.get("greeting");
    assertEquals("Male", greeting.get("voice_gender").asText());
    assertEquals("Hi There! Press one to continue.", greeting.get("message").asText());
    assertFalse(greeting.get("inherited").asBoolean());
    assertFalse(number.get("uses_campaign_settings").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aBase64AudioFileBecomesTheGreeting(Wire wire) {
    String audio = Base64.getEncoder().encodeToString(new byte[1234]);
    JsonNode number = api.create(wire, CAMPAIGN_111 + ", \"message_file_b64_data\": \"" + audio + "\","
        + " \"message_file_b64_filename\": \"memo.flac\"}");
    JsonNode greeting = number.get("greeting");
    assertEquals("memo.flac", greeting.get("audio_file_name").asText());
    assertEquals(1234, greeting.get("audio_file_size").asLong(), "the decoded length");
    assertEquals(number.get("created_at"), greeting.get("audio_file_updated_at"));
    assertFalse(greeting.has("message"));
    assertFalse(greeting.get("inherited").asBoolean());
    assertFalse(number.get("uses_campaign_settings").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aMultipartMessageFileBecomesTheGreeting(Wire wire) {
    Response response = api.given()
        .multiPart("number[afid]", "0001")
        .multiPart("number[cid]", "111")
        .multiPart(new MultiPartSpecBuilder(new byte[2048])
            .controlName("number[message_file]").fileName("hello.wav").mimeType("audio/wav").build())
        .post(wire.path("/numbers"));
    assertEquals(201, response.statusCode(), response.asString());
    JsonNode number = wire.read(response.asString()).get("number");
    JsonNode greeting = number.get("greeting");
    assertEquals("hello.wav", greeting.get("audio_file_name").asText());
    assertEquals("audio/wav", greeting.get("audio_file_content_type").asText());
    assertEquals(2048, greeting.get("audio_file_size").asLong());
    assertFalse(greeting.get("inherited").asBoolean());
    assertFalse(number.get("uses_campaign_settings").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void timersAttributesReplaceTheInheritedTimers(Wire wire) {
    JsonNode number = api.create(wire, CAMPAIGN_111 + ", \"timers_attributes\": ["
        + "{\"seconds\": 30, \"url\": \"http://pixels.example/a\"}]}");
    List<JsonNode> timers = timers(number);
    assertEquals(1, timers.size(), timers.toString());
    assertEquals(30, timers.get(0).get("seconds").asInt());
    assertEquals("http://pixels.example/a", timers.get(0).get("url").asText());
    assertFalse(timers.get(0).get("inherited").asBoolean());
    assertTrue(number.get("greeting").get("inherited").asBoolean(), "the greeting stays inherited");
    assertTrue(menuOptions(number).get(0).get("inherited").asBoolean(), "menu options stay inherited");
    assertFalse(number.get("uses_campaign_settings").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void menuOptionsAttributesReplaceTheInheritedOnesAndATargetCidWins(Wire wire) {
    JsonNode number = api.create(wire, CAMPAIGN_111 + ", \"menu_options_attributes\": ["
        + "{\"option\": \"1\", \"target_number\": \"+18005550111\"},"
        + "{\"option\": \"2\", \"target_cid\": \"399944\", \"target_number\": \"+18005550112\"}]}");
    List<JsonNode> options = menuOptions(number);
    assertEquals(2, options.size(), options.toString());
    assertEquals("+18005550111", options.get(0).get("target_number").asText());
    assertEquals("399944", options.get(1).get("target_cid").asText());
    assertTrue(options.get(1).get("target_number").isNull(), "target_cid overrides target_number");
    options.forEach(m -> assertFalse(m.get("inherited").asBoolean()));
    assertEquals(2, timers(number).size(), "timers stay inherited");
    assertFalse(number.get("uses_campaign_settings").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void repeatIsAcceptedButNotEchoed(Wire wire) {
    JsonNode number = api.create(wire, CAMPAIGN_111 + ", \"repeat\": 3}");
    assertFalse(number.has("repeat"));
    assertFalse(number.get("greeting").has("repeat"));
  }
}
