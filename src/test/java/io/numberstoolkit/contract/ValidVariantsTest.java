package io.numberstoolkit.contract;

import static io.numberstoolkit.contract.DocExamples.CREATED;
import static io.numberstoolkit.contract.DocExamples.SHOW;
import static io.numberstoolkit.contract.DocExamples.json;
import static io.numberstoolkit.contract.DocExamples.load;
import static io.numberstoolkit.contract.DocExamples.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Documents the contract allows beyond the docs' examples: the other documented shapes and optional parts. */
class ValidVariantsTest {

  private static final JsonNode SHOWN = load(SHOW);
  private static final JsonNode CREATED_NUMBER = load(CREATED);

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void conforms(Schema schema, JsonNode document) {
    assertEquals(List.of(), ContractValidator.shared().validate(schema, document));
  }

  static Stream<Arguments> validDocuments() {
    return Stream.of(
        doc("number with a null sid", Schema.NUMBER_ENVELOPE, with(SHOWN, "/number/sid", "null")),
        doc("number with an audio greeting and bare timers", Schema.NUMBER_ENVELOPE,
            with(SHOWN, "/number/greeting", CREATED_NUMBER.at("/number/greeting").toString())),
        doc("number with bare and wrapped timers in one list", Schema.NUMBER_ENVELOPE,
            with(SHOWN, "/number/timers/1", CREATED_NUMBER.at("/number/timers/0").toString())),
        doc("number with no timers and no menu options", Schema.NUMBER_ENVELOPE,
            with(with(SHOWN, "/number/timers", "[]"), "/number/menu_options", "[]")),
        doc("number with fractional seconds in a timestamp", Schema.NUMBER_ENVELOPE,
            with(SHOWN, "/number/updated_at", "\"2012-05-03T13:53:23.250Z\"")),
        doc("menu option with both targets null", Schema.MENU_OPTION,
            json("{\"menu_option\": {\"id\": 1, \"option\": \"#\", \"target_cid\": null,"
                + " \"target_number\": null, \"inherited\": false}}")),
        doc("bare timer", Schema.TIMER, SHOWN.at("/number/timers/0")),
        doc("wrapped timer", Schema.TIMER, CREATED_NUMBER.at("/number/timers/1")),
        doc("text-to-speech greeting", Schema.GREETING, SHOWN.at("/number/greeting")),
        doc("audio file greeting", Schema.GREETING, CREATED_NUMBER.at("/number/greeting")),
        doc("bare number", Schema.NUMBER, CREATED_NUMBER.get("number")),
        doc("empty list", Schema.NUMBER_LIST, json("[]")),
        doc("list of both documented numbers", Schema.NUMBER_LIST,
            json("[" + SHOWN + "," + CREATED_NUMBER + "]")),
        doc("create with every attribute", Schema.CREATE_REQUEST, json("""
            {"api_key": "K", "company_id": 42,
             "number": {"type": "Local", "desired_text": "DEBUG", "country": "GB",
               "afid": "0002", "cid": "0001", "sid": "superaffiliate", "destroy_nested": true,
               "message": "Press one to continue.", "voice_gender": "Male",
               "message_file_b64_data": "ZmxhYw==", "message_file_b64_filename": "memo.flac",
               "repeat": 4,
               "timers_attributes": [{"seconds": 0, "url": "http://example.com/p?c=[campaign_id]"},
                                     {"id": 7, "seconds": 30}],
               "menu_options_attributes": [{"option": "1", "target_number": "+18667878878"},
                                           {"option": "*", "target_cid": "399944", "target_number": null},
                                           {"id": 3}]}}""")),
        doc("create with the company id as digits", Schema.CREATE_REQUEST,
            json("{\"company_id\": \"42\", \"number\": {\"afid\": \"1\", \"cid\": \"111\"}}")),
        doc("update with nothing", Schema.UPDATE_REQUEST, json("{\"number\": {}}")),
        doc("update of a timer by id alone", Schema.UPDATE_REQUEST,
            json("{\"number\": {\"timers_attributes\": [{\"id\": 201, \"url\": \"http://x\"}]}}")),
        doc("error body with violations", Schema.ERROR, json("""
            {"error": {"status": 422, "reason": "Unprocessable Entity", "message": "m",
             "violations": [{"violation": {"pointer": "", "rule": "type", "message": "must be object, not array"}},
                            {"violation": {"pointer": "/number/cid", "rule": "required", "message": "is required but missing"}}]}}""")));
  }

  private static Arguments doc(String name, Schema schema, JsonNode document) {
    return Arguments.of(Named.of(schema.cliName() + ": " + name, schema), document);
  }
}
