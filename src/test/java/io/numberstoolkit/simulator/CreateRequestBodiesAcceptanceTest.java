package io.numberstoolkit.simulator;

import static io.numberstoolkit.simulator.support.NumberParts.timers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Violations;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** POST numbers: the ways a create can be sent, and the campaign and affiliate rules. */
class CreateRequestBodiesAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private final NumbersClient api = simulator.client();

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUnknownCampaignIsRefusedNamingTheCid(Wire wire) {
    String before = api.listing();
    Response response = api.post(wire, "{\"number\": {\"afid\": \"0002\", \"cid\": \"no-such-campaign\"}}");
    assertEquals(422, response.statusCode());
    assertEquals(List.of("/number/cid"), Violations.pointers(wire, response));
    assertEquals(before, api.listing());
  }

  /**
   * A file sent two ways at once (a multipart file and a Base64 one) is refused with the body's
   * other faults, in one 422, before any rule of the API looks at the request.
   */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void twoAudioFilesAreRefusedWithTheSchemasViolationsBeforeAnyRule(Wire wire) {
    String before = api.listing();
    Response unknownCampaign = api.multipartWithAudioFile(
        "number[afid]", "0002", "number[cid]", "no-such-campaign", "number[message_file_b64_data]", "AAAA", "number[message_file_b64_filename]", "a.flac")
        .post(wire.path("/numbers"));
    assertEquals(422, unknownCampaign.statusCode(), unknownCampaign.asString());
    assertEquals(List.of("/number/message_file_b64_data"), Violations.pointers(wire, unknownCampaign));
    assertEquals(List.of("one-audio-file"), Violations.rules(wire, unknownCampaign));
    Response badVoice = api.multipartWithAudioFile(
        "number[afid]", "0002", "number[cid]", "0001", "number[voice_gender]", "Robot", "number[message_file_b64_data]", "AAAA", "number[message_file_b64_filename]", "a.flac")
        .post(wire.path("/numbers"));
    assertEquals(422, badVoice.statusCode(), badVoice.asString());
    assertEquals(List.of("/number/message_file_b64_data", "/number/voice_gender"), Violations.pointers(wire, badVoice));
    assertEquals(before, api.listing());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUnknownAffiliateIsCreatedWithTheNumber(Wire wire) {
    JsonNode number = api.create(wire, "{\"afid\": \"brand-new-affiliate\", \"cid\": \"0001\"}");
    assertEquals("brand-new-affiliate", number.get("afid").asText());
    assertEquals(number, api.show(wire, number.get("id").asLong()));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aHandWrittenRailsXmlBodyWithUntypedValues(Wire answered) {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <number>
          <type>Local</type>
          <country>GB</country>
          <afid>0002</afid>
          <cid>0001</cid>
          <sid>caf\u00e9</sid>
          <repeat>2</repeat>
          <timers-attributes type="array">
            <timer><seconds>10</seconds><url>http://pixels.example/x?a=1&amp;b=2</url></timer>
          </timers-attributes>
        </number>
        """;
    Response response = api.given().contentType(Wire.XML.contentType()).body(xml).post(answered.path("/numbers"));
    assertEquals(201, response.statusCode(), response.asString());
    JsonNode number = answered.read(response.asString()).get("number");
    assertTrue(number.get("number").asText().startsWith("+44"), number.toString());
    assertEquals("caf\u00e9", number.get("sid").asText());
    assertEquals(10, timers(number).get(0).get("seconds").asInt());
    assertEquals("http://pixels.example/x?a=1&b=2", timers(number).get(0).get("url").asText());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUrlEncodedFormWithRailsNames(Wire wire) {
    Response response = api.given()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("number[afid]", "0002")
        .formParam("number[cid]", "0001")
        .formParam("number[sid]", "caf\u00e9 & co")
        .formParam("number[timers_attributes][0][seconds]", "15")
        .formParam("number[timers_attributes][0][url]", "http://pixels.example/f")
        .formParam("number[destroy_nested]", "false")
        .post(wire.path("/numbers"));
    assertEquals(201, response.statusCode(), response.asString());
    JsonNode number = wire.read(response.asString()).get("number");
    assertEquals("caf\u00e9 & co", number.get("sid").asText());
    assertEquals(15, timers(number).get(0).get("seconds").asInt());
    assertEquals(1, timers(number).size());
  }
}
