package io.numberstoolkit.simulator.store;

import io.numberstoolkit.contract.ApiFacts;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Hands out plausible, unique E.164 numbers: US toll-free prefixes for toll-free numbers, and the
 * country's own numbering for local ones. A desired text is spelled on the keypad at the end of
 * the number when it fits; when it does not, an ordinary number is given (as the real service does).
 * Which countries exist is the schema's to say (validation refuses others before they get here).
 */
final class PhoneNumbers {
  private static final String[] TOLL_FREE_PREFIXES = {"800", "833", "844", "855", "866", "877", "888"};
  private static final int ATTEMPTS = 64;

  /** Country code, the area codes numbers are drawn from, and how many digits follow them. */
  private record Plan(String countryCode, String[] areaCodes, int subscriberDigits) {}

  private static final Map<String, Plan> PLANS =
      Map.ofEntries(
          Map.entry("US", new Plan("1", new String[] {"212", "312", "415", "512", "617", "702"}, 7)),
          Map.entry("CA", new Plan("1", new String[] {"416", "514", "604", "613", "647", "905"}, 7)),
          Map.entry("AT", new Plan("43", new String[] {"1"}, 7)),
          Map.entry("BE", new Plan("32", new String[] {"2"}, 7)),
          Map.entry("DK", new Plan("45", new String[] {"3"}, 7)),
          Map.entry("FI", new Plan("358", new String[] {"9"}, 7)),
          Map.entry("FR", new Plan("33", new String[] {"1"}, 8)),
          Map.entry("GB", new Plan("44", new String[] {"20"}, 8)),
          Map.entry("IE", new Plan("353", new String[] {"1"}, 7)),
          Map.entry("IT", new Plan("39", new String[] {"06"}, 8)),
          Map.entry("NL", new Plan("31", new String[] {"20"}, 7)),
          Map.entry("PL", new Plan("48", new String[] {"22"}, 7)),
          Map.entry("SE", new Plan("46", new String[] {"8"}, 8)));

  private static final String KEYPAD = "22233344455566677778889999";

  private PhoneNumbers() {}

  /** The countries with a numbering plan: exactly the create schema's country enum. */
  static Set<String> countries() {
    return PLANS.keySet();
  }

  static String next(
      boolean tollFree, String country, String desiredText, Set<String> taken, RandomGenerator random) {
    String digits = desiredText == null ? "" : keypadDigits(desiredText);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      // Half the attempts try to spell the desired text, the rest fall back to an ordinary number.
      String wanted = attempt < ATTEMPTS / 2 ? digits : "";
      String candidate = candidate(tollFree, country, wanted, random);
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free phone number found after " + ATTEMPTS + " attempts");
  }

  /** The keypad digits of a word (DEBUG = 33284); digits stay as they are, other characters drop. */
  static String keypadDigits(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        digits.append(KEYPAD.charAt(c - 'A'));
      } else if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /**
   * The numbering plan of a local number's country. Validation refuses a country outside the
   * schema's list before the store sees a request, so an unknown one is a caller's bug.
   */
  private static Plan plan(String country) {
    Plan plan = PLANS.get(country == null ? ApiFacts.DEFAULT_COUNTRY : country);
    if (plan == null) {
      throw new IllegalArgumentException(
          "no numbering plan for country " + country + ": requests are validated against the schema first");
    }
    return plan;
  }

  private static String candidate(
      boolean tollFree, String country, String wanted, RandomGenerator random) {
    Plan plan = tollFree ? new Plan("1", TOLL_FREE_PREFIXES, 7) : plan(country);
    String area = plan.areaCodes()[random.nextInt(plan.areaCodes().length)];
    int free = plan.subscriberDigits() - wanted.length();
    if (free < 0) {
      wanted = "";
      free = plan.subscriberDigits();
    }
    StringBuilder number = new StringBuilder("+").append(plan.countryCode()).append(area);
    for (int i = 0; i < free; i++) {
      // North American exchanges never start with 0 or 1.
      int lowest = i == 0 && plan.countryCode().equals("1") ? 2 : 0;
      number.append((char) ('0' + lowest + random.nextInt(10 - lowest)));
    }
    return number.append(wanted).toString();
  }
}
