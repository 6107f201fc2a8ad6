package io.numberstoolkit.reliability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * Bodies every schema accepts but the API's rules refuse (422): they get past validation into the
 * store, which must then leave everything as it was. The rules are the simulator's
 * (contracts/simulator-conventions.md) and the docs' (a campaign must exist).
 */
final class RuleBreakers {
  record Broken(ObjectNode body, String description) {}

  private final SplittableRandom random;

  RuleBreakers(SplittableRandom random) {
    this.random = random;
  }

  Broken next(ObjectNode base, boolean update) {
    ObjectNode body = base.deepCopy();
    ObjectNode number = (ObjectNode) body.get("number");
    int choices = update ? 8 : 6;
    switch (random.nextInt(choices)) {
      case 0 -> {
        number.put("cid", "no-such-campaign-" + random.nextInt(1000));
        return new Broken(body, "rule: an unknown campaign");
      }
      case 1 -> {
        menuOptions(number).addObject().put("option", "9").put("target_cid", "no-such-campaign");
        return new Broken(body, "rule: a menu option aimed at an unknown campaign");
      }
      case 2 -> {
        ArrayNode options = menuOptions(number);
        String taken = options.get(0).get("option").asText();
        options.addObject().put("option", taken).put("target_number", "+18005550199");
        return new Broken(body, "rule: two menu options for button " + taken);
      }
      case 3 -> {
        number.put("message_file_b64_data", "AAAA").put("message_file_b64_filename", "memo.flac");
        number.put("message", "and a spoken greeting");
        return new Broken(body, "rule: a message and an audio file");
      }
      case 4 -> {
        ((ObjectNode) timers(number).get(0)).put("id", 900_000_000L + random.nextInt(1000));
        return new Broken(body, "rule: a timer id the number does not have");
      }
      case 5 -> {
        ((ObjectNode) menuOptions(number).get(0)).put("id", 900_000_000L + random.nextInt(1000));
        return new Broken(body, "rule: a menu option id the number does not have");
      }
      case 6 -> {
        number.put("type", "Toll-free");
        return new Broken(body, "rule: type in an update");
      }
      default -> {
        number.put(random.nextBoolean() ? "country" : "desired_text", random.nextBoolean() ? "US" : "SE");
        return new Broken(body, "rule: country or desired_text in an update");
      }
    }
  }

  private static ArrayNode menuOptions(ObjectNode number) {
    return (ArrayNode) number.get("menu_options_attributes");
  }

  private static ArrayNode timers(ObjectNode number) {
    return (ArrayNode) number.get("timers_attributes");
  }
}
