package io.numberstoolkit.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
  private final SplittableRandom random = new SplittableRandom(7);

  @Test
  void theNumberingPlansCoverExactlyTheSchemasCountries() throws Exception {
    JsonNode schema;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("schemas/number-attributes.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    Set<String> schemaCountries = new TreeSet<>();
    schema.at("/properties/country/enum")
        .forEach(country -> schemaCountries.add(country.asText()));
    assertFalse(schemaCountries.isEmpty());
    assertEquals(schemaCountries, new TreeSet<>(PhoneNumbers.countries()));
  }

  @Test
  void everyCountryGetsANumberInItsOwnCountryCode() {
    for (String country : PhoneNumbers.countries()) {
      String number = PhoneNumbers.next(false, country, null, Set.of(), random);
      assertTrue(number.matches("\\+[0-9]{9,13}"), country + " " + number);
    }
    assertTrue(PhoneNumbers.next(false, "GB", null, Set.of(), random).startsWith("+4420"));
    assertTrue(PhoneNumbers.next(false, null, null, Set.of(), random).startsWith("+1"));
  }

  @Test
  void aCountryWithoutAPlanIsACallersBugSaidPlainly() {
    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
        () -> PhoneNumbers.next(false, "XX", null, Set.of(), random));
    assertTrue(refusal.getMessage().contains("country XX"), refusal.getMessage());
  }

  @Test
  void tollFreeNumbersUseTheTollFreePrefixes() {
    for (int i = 0; i < 200; i++) {
      String number = PhoneNumbers.next(true, "GB", null, Set.of(), random);
      assertTrue(number.matches("\\+1(800|833|844|855|866|877|888)[2-9][0-9]{6}"), number);
    }
  }

  @Test
  void numbersAreNeverHandedOutTwice() {
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      assertTrue(taken.add(PhoneNumbers.next(i % 2 == 0, "SE", "HI", taken, random)));
    }
  }

  @Test
  void aDesiredTextIsSpelledOnTheKeypadAtTheEnd() {
    assertEquals("33284", PhoneNumbers.keypadDigits("debug"));
    assertEquals("43577", PhoneNumbers.keypadDigits("HELP-7"));
    assertTrue(PhoneNumbers.next(true, null, "DEBUG", Set.of(), random).endsWith("33284"));
    assertTrue(PhoneNumbers.next(false, "US", "DEBUG", Set.of(), random).endsWith("33284"));
  }

  @Test
  void aDesiredTextThatDoesNotFitGivesAnOrdinaryNumber() {
    String number = PhoneNumbers.next(true, null, "MUCHTOOLONGTOFIT", Set.of(), random);
    assertTrue(number.matches("\\+1[0-9]{10}"), number);
  }
}
