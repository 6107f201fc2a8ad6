package io.numberstoolkit.contract;

import static io.numberstoolkit.contract.DocExamples.CREATED;
import static io.numberstoolkit.contract.DocExamples.CREATE_REQUEST;
import static io.numberstoolkit.contract.DocExamples.SHOW;
import static io.numberstoolkit.contract.DocExamples.json;
import static io.numberstoolkit.contract.DocExamples.load;
import static io.numberstoolkit.contract.DocExamples.with;
import static io.numberstoolkit.contract.DocExamples.without;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made documents that break the contract, each with exactly the violations it must produce
 * ("pointer rule"): the right field, and no noise beside it.
 */
class InvalidDocumentsTest {

  private static final JsonNode SHOWN = load(SHOW);
  private static final JsonNode CREATED_NUMBER = load(CREATED);
  private static final JsonNode CREATE = load(CREATE_REQUEST);

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void isRejectedAtTheOffendingField(Schema schema, JsonNode document, List<String> expected) {
    List<String> found =
        ContractValidator.shared().validate(schema, document).stream()
            .map(violation -> violation.pointer() + " " + violation.rule())
            .toList();
    assertEquals(expected, found, () -> "violations of " + schema.cliName() + " by " + document);
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        // Phone numbers are E.164
        number("number without the plus", with(SHOWN, "/number/number", "\"16479311232\""),
            "/number/number pattern"),
        number("number starting with +0", with(SHOWN, "/number/number", "\"+0123\""),
            "/number/number pattern"),
        number("local-style number", with(SHOWN, "/number/number", "\"555-1234\""),
            "/number/number pattern"),
        number("number as an integer", with(SHOWN, "/number/number", "16479311232"),
            "/number/number type"),
        number("menu option target_number not E.164",
            with(SHOWN, "/number/menu_options/0/menu_option/target_number", "\"18667878878\""),
            "/number/menu_options/0/menu_option/target_number pattern"),
        // Timestamps are ISO-8601 UTC
        number("timestamp with a space instead of T",
            with(SHOWN, "/number/updated_at", "\"2012-05-03 13:53:23\""),
            "/number/updated_at format", "/number/updated_at pattern"),
        number("timestamp with an offset instead of Z",
            with(SHOWN, "/number/updated_at", "\"2012-05-03T13:53:23+02:00\""),
            "/number/updated_at pattern"),
        // The pattern lets month 13 through: only an asserted format catches it.
        number("timestamp in month 13", with(SHOWN, "/number/created_at", "\"2012-13-03T13:53:23Z\""),
            "/number/created_at format"),
        number("audio file timestamp not UTC",
            with(CREATED_NUMBER, "/number/greeting/audio_file_updated_at", "\"2012-07-15T01:30:34+01:00\""),
            "/number/greeting/audio_file_updated_at pattern"),
        // Types and required fields of the number
        number("id as a string", with(SHOWN, "/number/id", "\"5\""), "/number/id type"),
        number("toll_free as a string", with(SHOWN, "/number/toll_free", "\"false\""),
            "/number/toll_free type"),
        number("sid as a number", with(SHOWN, "/number/sid", "42"), "/number/sid type"),
        number("cid missing", without(SHOWN, "/number/cid"), "/number/cid required"),
        number("sid missing (null is fine, absent is not)", without(SHOWN, "/number/sid"),
            "/number/sid required"),
        number("afid empty", with(SHOWN, "/number/afid", "\"\""), "/number/afid minLength"),
        number("timers not an array", with(SHOWN, "/number/timers", "{}"), "/number/timers type"),
        number("an undocumented field", with(SHOWN, "/number/carrier", "\"x\""),
            "/number/carrier additionalProperties"),
        number("an extra root node", with(SHOWN, "/links", "[]"), "/links additionalProperties"),
        // The bare number's own "number" field is taken for the envelope's, so: type, not required.
        number("no envelope", SHOWN.get("number"),
            "/afid additionalProperties", "/cid additionalProperties",
            "/created_at additionalProperties", "/greeting additionalProperties",
            "/id additionalProperties", "/menu_options additionalProperties",
            "/number type", "/sid additionalProperties",
            "/timers additionalProperties", "/toll_free additionalProperties",
            "/updated_at additionalProperties", "/uses_campaign_settings additionalProperties"),
        // Greeting: one of two closed shapes
        number("voice_gender Robot", with(SHOWN, "/number/greeting/voice_gender", "\"Robot\""),
            "/number/greeting/voice_gender enum"),
        number("greeting mixing both shapes",
            with(SHOWN, "/number/greeting", """
                {"message": "Hi", "voice_gender": "Male", "inherited": true,
                 "audio_file_name": "greeting.flac", "audio_file_content_type": "audio/flac",
                 "audio_file_size": 1, "audio_file_updated_at": "2012-07-15T01:30:34Z"}"""),
            "/number/greeting/message additionalProperties",
            "/number/greeting/voice_gender additionalProperties"),
        number("text-to-speech greeting without inherited", without(SHOWN, "/number/greeting/inherited"),
            "/number/greeting/inherited required"),
        number("audio greeting with a negative size",
            with(CREATED_NUMBER, "/number/greeting/audio_file_size", "-1"),
            "/number/greeting/audio_file_size minimum"),
        // Timers: bare or wrapped
        number("bare timer without url", without(SHOWN, "/number/timers/0/url"),
            "/number/timers/0/url required"),
        number("bare timer url null", with(SHOWN, "/number/timers/0/url", "null"),
            "/number/timers/0/url type"),
        number("bare timer with negative seconds", with(SHOWN, "/number/timers/1/seconds", "-5"),
            "/number/timers/1/seconds minimum"),
        number("wrapped timer with an empty url", with(CREATED_NUMBER, "/number/timers/0/timer/url", "\"\""),
            "/number/timers/0/timer/url minLength"),
        // Menu options: always wrapped
        number("menu option A", with(SHOWN, "/number/menu_options/0/menu_option/option", "\"A\""),
            "/number/menu_options/0/menu_option/option enum"),
        number("menu option without target_cid",
            without(SHOWN, "/number/menu_options/0/menu_option/target_cid"),
            "/number/menu_options/0/menu_option/target_cid required"),
        number("menu option not wrapped",
            with(SHOWN, "/number/menu_options/0", SHOWN.at("/number/menu_options/0/menu_option").toString()),
            "/number/menu_options/0/id additionalProperties",
            "/number/menu_options/0/inherited additionalProperties",
            "/number/menu_options/0/menu_option required",
            "/number/menu_options/0/option additionalProperties",
            "/number/menu_options/0/target_cid additionalProperties",
            "/number/menu_options/0/target_number additionalProperties"),
        // A list is an array of envelopes
        doc("list with a broken second number", Schema.NUMBER_LIST,
            json("[" + SHOWN + "," + without(SHOWN, "/number/afid") + "]"), "/1/number/afid required"),
        doc("list as an object", Schema.NUMBER_LIST, SHOWN, " type"),
        // Create requests
        create("cid missing", without(CREATE, "/number/cid"), "/number/cid required"),
        create("afid missing", without(CREATE, "/number/afid"), "/number/afid required"),
        create("type Mobile", with(CREATE, "/number/type", "\"Mobile\""), "/number/type enum"),
        create("country DE", with(CREATE, "/number/country", "\"DE\""), "/number/country enum"),
        create("voice_gender Robot", with(CREATE, "/number/voice_gender", "\"Robot\""),
            "/number/voice_gender enum"),
        create("b64 data without filename", with(CREATE, "/number/message_file_b64_data", "\"ZmxhYw==\""),
            "/number/message_file_b64_filename dependentRequired"),
        create("b64 filename without data", with(CREATE, "/number/message_file_b64_filename", "\"memo.flac\""),
            "/number/message_file_b64_data dependentRequired"),
        create("b64 data not Base64",
            with(with(CREATE, "/number/message_file_b64_data", "\"not base64!\""),
                "/number/message_file_b64_filename", "\"memo.flac\""),
            "/number/message_file_b64_data pattern"),
        create("repeat negative", with(CREATE, "/number/repeat", "-1"), "/number/repeat minimum"),
        create("repeat as a string", with(CREATE, "/number/repeat", "\"4\""), "/number/repeat type"),
        create("destroy_nested as a string", with(CREATE, "/number/destroy_nested", "\"yes\""),
            "/number/destroy_nested type"),
        create("new timer without url", with(CREATE, "/number/timers_attributes", "[{\"seconds\": 5}]"),
            "/number/timers_attributes/0/url required"),
        create("new timer with nothing", with(CREATE, "/number/timers_attributes", "[{}]"),
            "/number/timers_attributes/0/seconds required", "/number/timers_attributes/0/url required"),
        create("timer with negative seconds",
            with(CREATE, "/number/timers_attributes", "[{\"id\": 1, \"seconds\": -1}]"),
            "/number/timers_attributes/0/seconds minimum"),
        create("new menu option without option",
            with(CREATE, "/number/menu_options_attributes", "[{\"target_number\": \"+18667878878\"}]"),
            "/number/menu_options_attributes/0/option required"),
        create("menu option A", with(CREATE, "/number/menu_options_attributes", "[{\"option\": \"A\"}]"),
            "/number/menu_options_attributes/0/option enum"),
        create("menu option target_number not E.164",
            with(CREATE, "/number/menu_options_attributes", "[{\"option\": \"2\", \"target_number\": \"555-1234\"}]"),
            "/number/menu_options_attributes/0/target_number pattern"),
        create("an undocumented attribute", with(CREATE, "/number/phone", "\"+15551234567\""),
            "/number/phone additionalProperties"),
        create("an extra root node", with(CREATE, "/campaign", "{}"), "/campaign additionalProperties"),
        create("company_id with letters", with(CREATE, "/company_id", "\"12a\""), "/company_id pattern"),
        create("company_id a fraction", with(CREATE, "/company_id", "1.5"), "/company_id type"),
        create("number node a string", json("{\"number\": \"+16479311232\"}"), "/number type"),
        create("empty body", json("{}"), "/number required"),
        // Update requests
        doc("update without the root node", Schema.UPDATE_REQUEST, json("{\"afid\": \"0005\"}"),
            "/afid additionalProperties", "/number required"),
        doc("update with an empty afid", Schema.UPDATE_REQUEST, json("{\"number\": {\"afid\": \"\"}}"),
            "/number/afid minLength"),
        doc("update with cid as a number", Schema.UPDATE_REQUEST, json("{\"number\": {\"cid\": 111}}"),
            "/number/cid type"),
        // The simulator's error body (a convention)
        doc("error with a success status", Schema.ERROR,
            json("{\"error\": {\"status\": 200, \"reason\": \"OK\", \"message\": \"fine\"}}"),
            "/error/status minimum"),
        doc("error without message", Schema.ERROR,
            json("{\"error\": {\"status\": 404, \"reason\": \"Not Found\"}}"), "/error/message required"),
        doc("error not enveloped", Schema.ERROR,
            json("{\"status\": 404, \"reason\": \"Not Found\", \"message\": \"m\"}"),
            "/error required", "/message additionalProperties", "/reason additionalProperties",
            "/status additionalProperties"),
        doc("error pointer not a JSON pointer", Schema.ERROR,
            json("""
                {"error": {"status": 422, "reason": "Unprocessable Entity", "message": "m",
                 "violations": [{"violation": {"pointer": "number/cid", "rule": "required", "message": "m"}}]}}"""),
            "/error/violations/0/violation/pointer format"));
  }

  private static Arguments number(String name, JsonNode document, String... expected) {
    return doc(name, Schema.NUMBER_ENVELOPE, document, expected);
  }

  private static Arguments create(String name, JsonNode document, String... expected) {
    return doc(name, Schema.CREATE_REQUEST, document, expected);
  }

  private static Arguments doc(String name, Schema schema, JsonNode document, String... expected) {
    return Arguments.of(
        Named.of(schema.cliName() + ": " + name, schema), document, Arrays.asList(expected));
  }
}
