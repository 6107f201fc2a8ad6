package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.ApiFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new number must show, from what its create request sent and the documented defaults:
 * the campaign, affiliate and sub id sent; toll-free unless Local; the campaign's greeting,
 * timers and menu options unless the request gives its own, which then replace them.
 */
final class CreateRules {
  private CreateRules() {}

  static List<Finding> check(SentChange sent, JsonNode shown) {
    List<Finding> findings = new ArrayList<>();
    for (String attribute : List.of("cid", "afid", "sid")) {
      String value = sent.text(attribute);
      if (value != null && !value.equals(shown.path(attribute).asText(null))) {
        findings.add(Finding.of(Rule.CREATED_AS_SENT, attribute, value, shown.get(attribute)));
      }
    }
    tollFree(sent, shown, findings);
    greeting(sent, shown, findings);
    for (NestedItems kind : NestedItems.values()) {
      nested(kind, sent, shown, findings);
    }
    if (!sent.overridesCampaignSettings() && !shown.path("uses_campaign_settings").asBoolean(false)) {
      findings.add(Finding.of(Rule.INHERITS_UNLESS_OVERRIDDEN, "uses_campaign_settings", true, shown.get("uses_campaign_settings")));
    }
    return findings;
  }

  private static void tollFree(SentChange sent, JsonNode shown, List<Finding> findings) {
    String type = sent.names("type") ? sent.text("type") : ApiFacts.DEFAULT_TYPE;
    if (ApiFacts.TOLL_FREE.equals(type) || ApiFacts.LOCAL.equals(type)) {
      boolean expected = ApiFacts.TOLL_FREE.equals(type);
      if (!shown.path("toll_free").isBoolean() || shown.path("toll_free").asBoolean() != expected) {
        findings.add(Finding.of(Rule.TOLL_FREE_UNLESS_LOCAL, "toll_free", expected, shown.get("toll_free")));
      }
    }
  }

  private static void greeting(SentChange sent, JsonNode shown, List<Finding> findings) {
    JsonNode greeting = shown.path("greeting");
    if (!sent.namesGreeting()) {
      if (!greeting.path("inherited").asBoolean(false)) {
        findings.add(Finding.of(Rule.INHERITS_UNLESS_OVERRIDDEN, "greeting.inherited", true, greeting.get("inherited")));
      }
      return;
    }
    Greetings.ownAsSent(sent, greeting, findings);
    if (sent.text("message") != null && !sent.names("voice_gender") && sent.audioFileName() == null
        && !ApiFacts.DEFAULT_VOICE.equals(greeting.path("voice_gender").asText(null))) {
      findings.add(Finding.of(Rule.MALE_VOICE_BY_DEFAULT, "greeting.voice_gender", ApiFacts.DEFAULT_VOICE, greeting.get("voice_gender")));
    }
  }

  private static void nested(NestedItems kind, SentChange sent, JsonNode shown, List<Finding> findings) {
    List<JsonNode> items = kind.of(shown);
    List<JsonNode> given = kind == NestedItems.TIMERS ? sent.timers() : sent.menuOptions();
    boolean named = kind == NestedItems.TIMERS ? sent.namesTimers() : sent.namesMenuOptions();
    if (!named) {
      if (!sent.destroysNested()) {
        items.stream().filter(item -> !NestedItems.inherited(item)).findFirst().ifPresent(item ->
            findings.add(Finding.of(Rule.INHERITS_UNLESS_OVERRIDDEN, kind.field() + "[].inherited", true, item)));
      }
      return;
    }
    items.stream().filter(NestedItems::inherited).findFirst().ifPresent(item ->
        findings.add(Finding.of(Rule.OVERRIDE_REPLACES, kind.field(), "only the " + kind.noun() + "s sent", "also " + item)));
    if (!given.stream().allMatch(kind::wellFormed)) {
      return;
    }
    List<JsonNode> unmatched = new ArrayList<>(items);
    for (JsonNode item : given) {
      kind.match(item, unmatched).ifPresentOrElse(unmatched::remove, () ->
          findings.add(Finding.of(Rule.OVERRIDDEN_AS_SENT, kind.field(), kind.describe(item), items)));
    }
    unmatched.stream().filter(item -> !NestedItems.inherited(item)).forEach(item ->
        findings.add(Finding.of(Rule.OVERRIDDEN_AS_SENT, kind.field(), "only the " + kind.noun() + "s sent", "also " + item)));
  }
}
