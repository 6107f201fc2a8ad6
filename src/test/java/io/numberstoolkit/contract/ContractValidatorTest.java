package io.numberstoolkit.contract;

import static io.numberstoolkit.contract.DocExamples.CREATE_REQUEST;
import static io.numberstoolkit.contract.DocExamples.SHOW;
import static io.numberstoolkit.contract.DocExamples.load;
import static io.numberstoolkit.contract.DocExamples.with;
import static io.numberstoolkit.contract.DocExamples.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

  private final ContractValidator validator = ContractValidator.shared();
  private final JsonNode shown = load(SHOW);

  @Test
  void aBadVoiceGenderIsOneUnderstandableLine() {
    List<Violation> violations =
        validator.validate(Schema.NUMBER_ENVELOPE, with(shown, "/number/greeting/voice_gender", "\"Robot\""));

    // Not "must be valid to one and only one schema" plus the audio shape's missing fields.
    assertEquals(
        List.of(new Violation("/number/greeting/voice_gender", "enum", "must be one of Male, Female (got \"Robot\")")),
        violations);
  }

  @Test
  void aMissingPropertyIsPointedAtItself() {
    List<Violation> violations = validator.validate(Schema.CREATE_REQUEST, without(load(CREATE_REQUEST), "/number/cid"));

    assertEquals(List.of(new Violation("/number/cid", "required", "is required but missing")), violations);
  }

  @Test
  void aDisallowedPropertyIsPointedAtItselfAndTheRootIsTheEmptyPointer() throws Exception {
    assertEquals(
        List.of(new Violation("/a~1b", "additionalProperties", "is not allowed here (not part of the contract)")),
        validator.validate(Schema.UPDATE_REQUEST, "{\"number\": {}, \"a/b\": 1}"));
    assertEquals(
        List.of(new Violation("", "type", "must be object, not array")),
        validator.validate(Schema.NUMBER_ENVELOPE, "[]"));
  }

  @Test
  void schemaWordingReplacesTheRawPattern() {
    Violation violation = validator.validate(Schema.NUMBER_ENVELOPE, with(shown, "/number/number", "\"555-1234\"")).get(0);

    assertEquals("must be an E.164 phone number such as +16479311232 (got \"555-1234\")", violation.message());
  }

  @Test
  void violationsAreSortedByPointerWithIndexesAsNumbers() {
    JsonNode document = shown.deepCopy();
    ArrayNode timers = (ArrayNode) document.at("/number/timers");
    while (timers.size() < 12) {
      timers.add(timers.get(0).deepCopy());
    }
    document = with(document, "/number/timers/10/seconds", "-1");
    document = with(document, "/number/timers/2/seconds", "-1");
    document = with(document, "/number/afid", "\"\"");
    document = with(document, "/number/uses_campaign_settings", "1");

    List<String> pointers =
        validator.validate(Schema.NUMBER_ENVELOPE, document).stream().map(Violation::pointer).toList();

    assertEquals(
        List.of("/number/afid", "/number/timers/2/seconds", "/number/timers/10/seconds", "/number/uses_campaign_settings"),
        pointers);
  }

  @Test
  void aValueThatFitsNoShapeIsOneLineNotOnePerShape() throws Exception {
    // Both greeting shapes fail with the same type error: one line, not two.
    assertEquals(
        List.of(new Violation("", "type", "must be object, not string")),
        validator.validate(Schema.GREETING, "\"Hi There!\""));
    assertEquals(
        List.of(new Violation("/timer/url", "required", "is required but missing")),
        validator.validate(Schema.TIMER, "{\"timer\": {\"id\": 1, \"seconds\": 0, \"inherited\": true}}"));
  }

  @Test
  void textThatIsNotJsonSaysWhereItBreaks() {
    InvalidJsonException e = assertThrows(InvalidJsonException.class,
        () -> validator.validate(Schema.NUMBER, "{\n  \"id\": 5,\n  \"number\" \"+1\"\n}"));

    assertTrue(e.getMessage().startsWith("not JSON: line 3, column "), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void trailingTextAndEmptyTextAreNotJson() {
    assertThrows(InvalidJsonException.class, () -> validator.validate(Schema.NUMBER, "{} {}"));
    InvalidJsonException empty = assertThrows(InvalidJsonException.class, () -> validator.validate(Schema.NUMBER, "  "));
    assertEquals("not JSON: the text is empty", empty.getMessage());
  }

  @Test
  void isSharedAndSafeToUseFromManyThreads() throws Exception {
    assertSame(validator, ContractValidator.shared());
    JsonNode bad = with(shown, "/number/greeting/voice_gender", "\"Robot\"");
    List<Violation> expected = validator.validate(Schema.NUMBER_ENVELOPE, bad);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Violation>>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        JsonNode document = i % 2 == 0 ? bad : shown;
        results.add(pool.submit(() -> validator.validate(Schema.NUMBER_ENVELOPE, document)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(i % 2 == 0 ? expected : List.of(), results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMultiMegabyteBase64GreetingIsCheckedQuickly() {
    String audio = Base64.getEncoder().encodeToString(new byte[5_000_000]);
    JsonNode request = with(with(load(CREATE_REQUEST),
        "/number/message_file_b64_data", "\"" + audio + "\""),
        "/number/message_file_b64_filename", "\"greeting.flac\"");
    JsonNode broken = with(request, "/number/message_file_b64_data", "\"" + audio + "A\"");

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertEquals(List.of(), validator.validate(Schema.CREATE_REQUEST, request));
      List<Violation> violations = validator.validate(Schema.CREATE_REQUEST, broken);
      assertEquals(List.of("/number/message_file_b64_data"), violations.stream().map(Violation::pointer).toList());
      assertTrue(violations.get(0).message().length() < 200, "the value is not echoed whole");
    });
  }
}
