package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an acknowledged update must have done to a number: set what it named, leave every other
 * attribute as it was. Where the documents let a value follow from what was named, that value is
 * free: the update time always; the phone number and toll-free flag when the request names what
 * picks them (an implementation may ignore those, or refuse them); inherited parts when the
 * campaign changes (they may follow the new campaign).
 */
final class UpdateRules {
  private static final List<String> SCALARS = List.of("cid", "afid", "sid");

  private UpdateRules() {}

  static List<Finding> check(SentChange sent, JsonNode before, JsonNode shown) {
    List<Finding> findings = new ArrayList<>();
    Set<String> free = new HashSet<>(Set.of("updated_at"));
    for (String attribute : SCALARS) {
      if (sent.names(attribute)) {
        free.add(attribute);
        String value = sent.text(attribute);
        if (value != null && !value.equals(shown.path(attribute).asText(null))) {
          findings.add(Finding.of(Rule.UPDATE_SETS_WHAT_IT_NAMES, attribute, value, shown.get(attribute)));
        }
      }
    }
    String cid = sent.text("cid");
    boolean campaignChanged = sent.names("cid") && (cid == null || !cid.equals(before.path("cid").asText(null)));
    if (sent.namesProvisioning()) {
      free.addAll(List.of("number", "toll_free"));
    }
    if (sent.overridesCampaignSettings()) {
      free.add("uses_campaign_settings");
    }
    if (sent.namesGreeting()) {
      free.add("greeting");
      Greetings.ownAsSent(sent, shown.path("greeting"), findings);
    } else if (campaignChanged && before.path("greeting").path("inherited").asBoolean(false)) {
      free.add("greeting");
    }
    for (NestedItems kind : NestedItems.values()) {
      boolean named = kind == NestedItems.TIMERS ? sent.namesTimers() : sent.namesMenuOptions();
      if (named || sent.destroysNested() || campaignChanged) {
        free.add(kind.field());
        findings.addAll(new NestedUpdate(kind, sent, campaignChanged).check(kind.of(before), kind.of(shown)));
      }
    }
    findings.addAll(SameFields.compare(Rule.UNCHANGED_UNLESS_NAMED, before, shown, free));
    return findings;
  }

  /** One part (timers or menu options) of a number before and after an update that touched it. */
  private record NestedUpdate(NestedItems kind, SentChange sent, boolean campaignChanged) {
    List<Finding> check(List<JsonNode> before, List<JsonNode> after) {
      List<Finding> findings = new ArrayList<>();
      List<JsonNode> given = kind == NestedItems.TIMERS ? sent.timers() : sent.menuOptions();
      if (!given.stream().allMatch(item -> item.has("id") || kind.wellFormed(item))) {
        return findings;
      }
      Set<String> namedIds = new HashSet<>();
      given.stream().filter(item -> item.has("id")).forEach(item -> namedIds.add(item.get("id").asText()));
      List<JsonNode> added = new ArrayList<>(after);
      before.forEach(old -> NestedItems.withId(added, old.path("id")).ifPresent(added::remove));
      if (sent.destroysNested()) {
        for (JsonNode old : before) {
          if (!namedIds.contains(old.path("id").asText())) {
            NestedItems.withId(after, old.path("id")).ifPresent(still ->
                findings.add(Finding.of(Rule.DESTROY_NESTED_REMOVES, kind.field(), "none of the old " + kind.noun() + "s", "still " + still)));
          }
        }
      } else {
        for (JsonNode old : before) {
          if (!namedIds.contains(old.path("id").asText())) {
            keptOrReplaced(old, after, findings);
          }
        }
      }
      for (JsonNode item : given) {
        if (item.has("id")) {
          changedInPlace(item, after, findings);
        } else {
          kind.match(item, added).ifPresentOrElse(found -> {
            added.remove(found);
            if (NestedItems.inherited(found)) {
              findings.add(Finding.of(Rule.OVERRIDDEN_AS_SENT, kind.field() + "[].inherited", false, found));
            }
          }, () -> findings.add(Finding.of(Rule.NESTED_IN_PLACE_OR_ADDED, kind.field(), kind.describe(item) + " added", after)));
        }
      }
      if (!campaignChanged) {
        added.forEach(extra -> findings.add(Finding.of(Rule.UNCHANGED_UNLESS_NAMED, kind.field(),
            "no " + kind.noun() + " the request did not send", "also " + extra)));
      }
      return findings;
    }

    /**
     * An old item the request did not name: one of the number's own stays as it was; an
     * inherited one may also be gone (the documents leave open whether added items replace the
     * inherited ones) or, when the campaign changed, follow the new campaign.
     */
    private void keptOrReplaced(JsonNode old, List<JsonNode> after, List<Finding> findings) {
      var now = NestedItems.withId(after, old.path("id"));
      if (NestedItems.inherited(old)) {
        if (now.isPresent() && !campaignChanged && !now.get().equals(old)) {
          findings.add(Finding.of(Rule.UNCHANGED_UNLESS_NAMED, kind.field() + " id " + old.path("id"), old, now.get()));
        }
        return;
      }
      if (now.isEmpty() || !now.get().equals(old)) {
        findings.add(Finding.of(Rule.UNCHANGED_UNLESS_NAMED, kind.field() + " id " + old.path("id"), old, now.orElse(null)));
      }
    }

    private void changedInPlace(JsonNode sentItem, List<JsonNode> after, List<Finding> findings) {
      String where = kind.field() + " id " + sentItem.get("id");
      NestedItems.withId(after, sentItem.get("id")).ifPresentOrElse(
          found -> findings.addAll(kind.differences(Rule.NESTED_IN_PLACE_OR_ADDED, where, sentItem, found)),
          () -> findings.add(Finding.of(Rule.NESTED_IN_PLACE_OR_ADDED, where, "changed in place", "gone")));
    }
  }
}
