package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two kinds of nested items, timers and menu options: which field of a number holds them, and
 * whether an item as answered holds the values a request sent for it.
 */
enum NestedItems {
  TIMERS("timers", "timer") {
    @Override
    boolean wellFormed(JsonNode sent) {
      return sent.path("seconds").isIntegralNumber() && sent.path("url").isTextual();
    }

    @Override
    List<Finding> differences(Rule rule, String where, JsonNode sent, JsonNode shown) {
      List<Finding> findings = new ArrayList<>();
      if (sent.has("seconds") && !same(sent.get("seconds"), shown.path("seconds"))) {
        findings.add(Finding.of(rule, where + ".seconds", sent.get("seconds"), shown.get("seconds")));
      }
      if (sent.has("url") && !sent.path("url").equals(shown.path("url"))) {
        findings.add(Finding.of(rule, where + ".url", sent.get("url"), shown.get("url")));
      }
      return findings;
    }

    @Override
    String describe(JsonNode sent) {
      return "the timer at " + sent.path("seconds") + " seconds calling " + sent.path("url");
    }
  },
  MENU_OPTIONS("menu_options", "menu option") {
    @Override
    boolean wellFormed(JsonNode sent) {
      return sent.path("option").isTextual()
          && (sent.path("target_cid").isTextual() || sent.path("target_number").isTextual());
    }

    @Override
    List<Finding> differences(Rule rule, String where, JsonNode sent, JsonNode shown) {
      List<Finding> findings = new ArrayList<>();
      if (sent.has("option") && !sent.path("option").equals(shown.path("option"))) {
        findings.add(Finding.of(rule, where + ".option", sent.get("option"), shown.get("option")));
      }
      if (sent.path("target_cid").isTextual()) {
        if (!sent.path("target_cid").equals(shown.path("target_cid"))) {
          findings.add(Finding.of(Rule.TARGET_CID_WINS, where + ".target_cid", sent.get("target_cid"), shown.get("target_cid")));
        }
      } else if (sent.has("target_number") && !sent.path("target_number").equals(shown.path("target_number"))) {
        findings.add(Finding.of(rule, where + ".target_number", sent.get("target_number"), shown.get("target_number")));
      }
      return findings;
    }

    @Override
    String describe(JsonNode sent) {
      return "menu option " + sent.path("option");
    }
  };

  private final String field;
  private final String noun;

  NestedItems(String field, String noun) {
    this.field = field;
    this.noun = noun;
  }

  /** The number's field that holds these items: timers or menu_options. */
  String field() {
    return field;
  }

  String noun() {
    return noun;
  }

  /** Whether a sent item holds values the rules can compare (a malformed one is another scenario's business). */
  abstract boolean wellFormed(JsonNode sent);

  /** Where an item as answered differs from the values sent for it. */
  abstract List<Finding> differences(Rule rule, String where, JsonNode sent, JsonNode shown);

  abstract String describe(JsonNode sent);

  /** The items of a normalized number. */
  List<JsonNode> of(JsonNode number) {
    List<JsonNode> items = new ArrayList<>();
    number.path(field).forEach(items::add);
    return items;
  }

  /** The first item not yet used that holds the values sent for a new item. */
  Optional<JsonNode> match(JsonNode sent, List<JsonNode> candidates) {
    return candidates.stream().filter(item -> differences(Rule.OVERRIDDEN_AS_SENT, "", sent, item).isEmpty()).findFirst();
  }

  static Optional<JsonNode> withId(List<JsonNode> items, JsonNode id) {
    return items.stream().filter(item -> same(item.path("id"), id)).findFirst();
  }

  /** Equal values, whole numbers compared by value whatever node type read them. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() && b.isIntegralNumber()) {
      return a.bigIntegerValue().equals(b.bigIntegerValue());
    }
    return a.equals(b);
  }

  static boolean inherited(JsonNode item) {
    return item.path("inherited").asBoolean(false);
  }
}
