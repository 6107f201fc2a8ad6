package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** POST numbers: the number a create hands out, and what it keeps of the request. */
class CreateNumberAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());

  private static final String TOLL_FREE = "^\\+1(800|833|844|855|866|877|888)[0-9]{7}$";
  private final NumbersClient api = simulator.client();

  @ParameterizedTest
  @EnumSource(Wire.class)
  void idsIncreaseFromAboveEveryExistingId(Wire wire) {
    long highest = api.ids().stream().mapToLong(Long::longValue).max().orElseThrow();
    long previous = highest;
    for (int i = 0; i < 3; i++) {
      long id = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
      assertTrue(id > previous, "id " + id + " after " + previous);
      previous = id;
    }
  }

  @Test
  void phoneNumbersAreUniqueE164EvenWhenTheDesiredTextLeavesFewChoices() {
    // DEBUG leaves two free digits of a toll-free number, and 12345678 none of a London number:
    // numbers must still never repeat.
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      numbers.add(api.create("{\"afid\": \"0002\", \"cid\": \"0001\", \"desired_text\": \"DEBUG\"}").get("number").asText());
      numbers.add(api.create("{\"afid\": \"0002\", \"cid\": \"0001\", \"type\": \"Local\", \"country\": \"GB\","
          + " \"desired_text\": \"12345678\"}").get("number").asText());
    }
    Set<String> distinct = new HashSet<>(numbers);
    assertEquals(numbers.size(), distinct.size(), "repeated phone numbers in " + numbers);
    numbers.forEach(n -> assertTrue(n.matches("^\\+[1-9][0-9]{6,14}$"), n + " is not E.164"));
    assertTrue(numbers.contains("+442012345678"), "the one London number spelling 12345678 was handed out");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void tollFreeNumbersHaveATollFreePrefix(Wire wire) {
    JsonNode asked = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\", \"type\": \"Toll-free\"}");
    JsonNode byDefault = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}");
    for (JsonNode number : List.of(asked, byDefault)) {
      assertTrue(number.get("toll_free").asBoolean());
      assertTrue(number.get("number").asText().matches(TOLL_FREE), number.get("number").asText());
    }
  }

  @Test
  void aCountryIsIgnoredForATollFreeNumber() {
    JsonNode number = api.create("{\"afid\": \"0002\", \"cid\": \"0001\", \"type\": \"Toll-free\", \"country\": \"GB\"}");
    assertTrue(number.get("number").asText().matches(TOLL_FREE), number.get("number").asText());
  }

  @ParameterizedTest
  @CsvSource({
    "US, +1", "CA, +1", "AT, +43", "BE, +32", "DK, +45", "FI, +358", "FR, +33", "GB, +44",
    "IE, +353", "IT, +39", "NL, +31", "PL, +48", "SE, +46", "'', +1"
  })
  void localNumbersCarryTheirCountrysCode(String country, String code) {
    String countryField = country.isEmpty() ? "" : ", \"country\": \"" + country + "\"";
    JsonNode number = api.create("{\"afid\": \"0002\", \"cid\": \"0001\", \"type\": \"Local\"" + countryField + "}");
    String phone = number.get("number").asText();
    assertFalse(number.get("toll_free").asBoolean());
    assertTrue(phone.startsWith(code), phone + " should start with " + code);
    assertFalse(phone.matches(TOLL_FREE), phone + " is a local number with a toll-free prefix");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void desiredTextIsSpelledOnTheKeypadWhenItFits(Wire wire) {
    JsonNode tollFree = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\", \"desired_text\": \"DEBUG\"}");
    JsonNode local = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\", \"type\": \"Local\", \"desired_text\": \"debug\"}");
    assertTrue(tollFree.get("number").asText().contains("33284"), tollFree.get("number").asText());
    assertTrue(local.get("number").asText().contains("33284"), local.get("number").asText());
  }

  @Test
  void desiredTextThatDoesNotFitStillGetsANumber() {
    JsonNode number = api.create("{\"afid\": \"0002\", \"cid\": \"0001\", \"desired_text\": \"DEBUGDEBUGDEBUG\"}");
    assertTrue(number.get("number").asText().matches(TOLL_FREE), number.get("number").asText());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void timestampsAreTheCreationSecondInUtc(Wire wire) {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JsonNode number = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}");
    Instant after = Instant.now();
    Instant created = Instant.parse(number.get("created_at").asText());
    assertEquals(number.get("created_at"), number.get("updated_at"));
    assertTrue(!created.isBefore(before) && !created.isAfter(after), created + " not within " + before + ".." + after);
    assertTrue(number.get("created_at").asText().matches("[0-9-]{10}T[0-9:]{8}Z"), number.get("created_at").asText());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void sidAfidAndCidAreStored(Wire wire) {
    JsonNode created = api.create(wire, "{\"afid\": \"0033\", \"cid\": \"0002\", \"sid\": \"sub_id\"}");
    JsonNode shown = api.show(wire, created.get("id").asLong());
    for (JsonNode number : List.of(created, shown)) {
      assertEquals("0033", number.get("afid").asText());
      assertEquals("0002", number.get("cid").asText());
      assertEquals("sub_id", number.get("sid").asText());
    }
    assertEquals(created, shown);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aNumberCreatedWithoutSidHasNone(Wire wire) {
    JsonNode number = api.create(wire, "{\"afid\": \"0002\", \"cid\": \"0001\"}");
    assertTrue(number.get("sid").isNull(), number.toString());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void createAnswers201WithTheAbsoluteLocationOfTheNewNumber(Wire wire) {
    Response response = api.post(wire, "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}");
    assertEquals(201, response.statusCode());
    JsonNode created = wire.read(response.asString()).get("number");
    String location = response.header("Location");
    // absolute, so fetch(location) from a page on another origin reaches the simulator
    assertEquals(simulator.baseUrl() + wire.path("/numbers/" + created.get("id").asLong()), location);
    Response shown = api.given().get(location);
    assertEquals(200, shown.statusCode());
    assertEquals(created, wire.read(shown.asString()).get("number"));
  }
}
