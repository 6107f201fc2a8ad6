package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.support.NumberParts;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Violations;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PUT numbers/ID: only what is passed changes; what cannot change is refused and changes nothing. */
class UpdateAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private final NumbersClient api = simulator.client();

  private JsonNode aNumberOfCampaign111() {
    return api.create("{\"afid\": \"0001\", \"cid\": \"111\", \"sid\": \"s1\"}");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void onlyTheAttributesPassedChange(Wire wire) {
    JsonNode before = aNumberOfCampaign111();
    JsonNode after = api.update(wire, before.get("id").asLong(), "{\"afid\": \"0005\"}");
    ObjectNode expected = before.deepCopy();
    expected.put("afid", "0005");
    expected.set("updated_at", after.get("updated_at"));
    assertEquals(expected, after);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void updatedAtMovesStrictlyLaterOnEveryUpdate(Wire wire) {
    JsonNode created = aNumberOfCampaign111();
    long id = created.get("id").asLong();
    Instant first = Instant.parse(api.update(wire, id, "{\"sid\": \"s2\"}").get("updated_at").asText());
    JsonNode second = api.update(wire, id, "{\"sid\": \"s3\"}");
    assertTrue(first.isAfter(Instant.parse(created.get("updated_at").asText())));
    assertTrue(Instant.parse(second.get("updated_at").asText()).isAfter(first));
    assertEquals(created.get("created_at"), second.get("created_at"));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aNestedItemWithAnIdIsUpdatedInPlace(Wire wire) {
    JsonNode before = aNumberOfCampaign111();
    List<JsonNode> timers = NumberParts.timers(before);
    long firstTimer = timers.get(0).get("id").asLong();
    JsonNode after = api.update(wire, before.get("id").asLong(),
        "{\"timers_attributes\": [{\"id\": " + firstTimer + ", \"seconds\": 3}]}");
    List<JsonNode> changed = NumberParts.timers(after);
    assertEquals(NumberParts.ids(timers), NumberParts.ids(changed));
    assertEquals(3, changed.get(0).get("seconds").asInt());
    assertEquals(timers.get(0).get("url"), changed.get(0).get("url"), "the url was not passed");
    assertEquals(false, changed.get(0).get("inherited").asBoolean());
    assertEquals(timers.get(1), changed.get(1), "the other timer is untouched");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void nestedItemsWithoutAnIdAreAdded(Wire wire) {
    JsonNode before = aNumberOfCampaign111();
    JsonNode after = api.update(wire, before.get("id").asLong(), "{"
        + "\"timers_attributes\": [{\"seconds\": 60, \"url\": \"http://pixels.example/60\"}],"
        + "\"menu_options_attributes\": [{\"option\": \"2\", \"target_cid\": \"0002\"}]}");
    List<JsonNode> timers = NumberParts.timers(after);
    assertEquals(3, timers.size());
    assertEquals(NumberParts.timers(before), timers.subList(0, 2));
    assertEquals(60, timers.get(2).get("seconds").asInt());
    assertTrue(timers.get(2).get("id").asLong() > timers.get(1).get("id").asLong());
    List<JsonNode> options = NumberParts.menuOptions(after);
    assertEquals(List.of("1", "2"), options.stream().map(m -> m.get("option").asText()).toList());
    assertEquals("0002", options.get(1).get("target_cid").asText());
    assertEquals(false, after.get("uses_campaign_settings").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aMenuOptionWithAnIdIsUpdatedInPlace(Wire wire) {
    JsonNode before = aNumberOfCampaign111();
    long option = NumberParts.menuOptions(before).get(0).get("id").asLong();
    JsonNode after = api.update(wire, before.get("id").asLong(),
        "{\"menu_options_attributes\": [{\"id\": " + option + ", \"target_number\": \"+18005550123\"}]}");
    JsonNode changed = NumberParts.menuOptions(after).get(0);
    assertEquals(option, changed.get("id").asLong());
    assertEquals("1", changed.get("option").asText());
    assertEquals("+18005550123", changed.get("target_number").asText());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void destroyNestedReplacesTimersAndMenuOptions(Wire wire) {
    JsonNode before = aNumberOfCampaign111();
    JsonNode after = api.update(wire, before.get("id").asLong(), "{\"destroy_nested\": true,"
        + " \"timers_attributes\": [{\"seconds\": 9, \"url\": \"http://pixels.example/9\"}]}");
    List<JsonNode> timers = NumberParts.timers(after);
    assertEquals(1, timers.size());
    assertEquals(9, timers.get(0).get("seconds").asInt());
    assertTrue(NumberParts.ids(NumberParts.timers(before)).stream().noneMatch(id -> id == timers.get(0).get("id").asLong()));
    assertEquals(List.of(), NumberParts.menuOptions(after), "destroy_nested destroys the menu options too");
  }

  @Test
  void changingTheCampaignMakesTheInheritedPartsFollowIt() {
    JsonNode before = aNumberOfCampaign111();
    JsonNode after = api.update(Wire.JSON, before.get("id").asLong(), "{\"cid\": \"0002\"}");
    assertEquals("Thanks for calling. Press one to be connected.", after.get("greeting").get("message").asText());
    assertEquals(1, NumberParts.timers(after).size());
    assertEquals("+18005550100", NumberParts.menuOptions(after).get(0).get("target_number").asText());
    assertEquals(true, after.get("uses_campaign_settings").asBoolean());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUnknownIdIsNotFound(Wire wire) {
    String before = api.listing();
    assertEquals(404, api.put(wire, 999_999, "{\"number\": {\"afid\": \"0005\"}}").statusCode());
    assertEquals(404, api.given(wire, "{\"number\": {\"afid\": \"0005\"}}").put(wire.path("/numbers/x")).statusCode());
    assertEquals(before, api.listing());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void typeCountryAndDesiredTextCannotChange(Wire wire) {
    long id = aNumberOfCampaign111().get("id").asLong();
    String before = api.listing();
    Response response = api.put(wire, id,
        "{\"number\": {\"type\": \"Local\", \"country\": \"GB\", \"desired_text\": \"HELLO\", \"afid\": \"0005\"}}");
    assertEquals(422, response.statusCode());
    assertEquals(List.of("/number/country", "/number/desired_text", "/number/type"), Violations.pointers(wire, response));
    assertEquals(List.of("immutable", "immutable", "immutable"), Violations.rules(wire, response));
    assertEquals(before, api.listing());
  }

  /** A file sent two ways at once is refused before the number is looked up or a rule applied. */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void twoAudioFilesAreRefusedBeforeTheNumberIsLookedUp(Wire wire) {
    long id = aNumberOfCampaign111().get("id").asLong();
    String before = api.listing();
    Response unknownId = api.multipartWithAudioFile("number[afid]", "0005", "number[message_file_b64_data]", "AAAA", "number[message_file_b64_filename]", "a.flac")
        .put(wire.path("/numbers/999999"));
    assertEquals(422, unknownId.statusCode(), unknownId.asString());
    assertEquals(List.of("one-audio-file"), Violations.rules(wire, unknownId));
    Response typeChange = api.multipartWithAudioFile("number[type]", "Local", "number[message_file_b64_data]", "AAAA", "number[message_file_b64_filename]", "a.flac")
        .put(wire.path("/numbers/" + id));
    assertEquals(422, typeChange.statusCode(), typeChange.asString());
    assertEquals(List.of("one-audio-file"), Violations.rules(wire, typeChange));
    assertEquals(before, api.listing());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUnknownNestedIdIsRefused(Wire wire) {
    long id = aNumberOfCampaign111().get("id").asLong();
    String before = api.listing();
    Response response = api.put(wire, id, "{\"number\": {\"afid\": \"0005\", \"timers_attributes\": ["
        + "{\"seconds\": 1, \"url\": \"http://pixels.example/1\"}, {\"id\": 113, \"seconds\": 2}]}}");
    assertEquals(422, response.statusCode());
    assertEquals(List.of("/number/timers_attributes/1/id"), Violations.pointers(wire, response),
        "timer 113 belongs to another number");
    assertEquals(before, api.listing());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void changesAreVisibleInShowListAndSearch(Wire wire) {
    long id = aNumberOfCampaign111().get("id").asLong();
    JsonNode updated = api.update(wire, id, "{\"afid\": \"0077\", \"sid\": \"moved\"}");
    assertEquals(updated, api.show(wire, id));
    assertTrue(api.listAll(wire).contains(updated));
    assertEquals(List.of(updated), api.all(wire, "/numbers/for/cid/111/afid/0077/sid/moved"));
    assertEquals(List.of(), api.all(wire, "/numbers/for/cid/111/afid/0001/sid/s1"));
  }
}
