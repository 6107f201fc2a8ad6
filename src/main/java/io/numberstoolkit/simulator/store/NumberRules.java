package io.numberstoolkit.simulator.store;

import io.numberstoolkit.contract.ApiFacts;
import io.numberstoolkit.contract.Violation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The API's write rules in one place, apart from locking, indexes and persistence: from the number
 * as it is (none for a create), what a request asks for and the campaigns, it works out the number
 * as it will be, or refuses with the rule the request breaks and changes nothing. Inheritance from
 * the campaign, what counts as an override, destroy_nested, greeting exclusivity, immutability and
 * campaign existence are here; the nested items' rules are in {@link NestedAttributeRules}.
 */
final class NumberRules {
  private final Campaigns campaigns;

  NumberRules(Campaigns campaigns) {
    this.campaigns = campaigns;
  }

  /** Chooses a free phone number; only the store knows which ones are taken. */
  interface PhoneNumberPicker {
    String pick(boolean tollFree, String country, String desiredText);
  }

  NumberRecord create(
      long companyId, NumberChanges changes, PhoneNumberPicker phones, IdAllocator ids, Instant now)
      throws RuleViolationException {
    Campaign campaign = campaign(changes.cid());
    checkTargets(changes);
    boolean tollFree =
        ApiFacts.TOLL_FREE.equals(changes.type() != null ? changes.type() : ApiFacts.DEFAULT_TYPE);
    String phone = phones.pick(tollFree, changes.country(), changes.desiredText());
    long id = ids.nextNumber();
    Instant at = now.truncatedTo(ChronoUnit.SECONDS);

    Greeting greeting =
        overridesGreeting(changes) ? ownGreeting(campaign.greeting(), changes, at, true) : campaign.greeting();
    boolean destroy = Boolean.TRUE.equals(changes.destroyNested());
    List<Timer> timers =
        changes.timers() != null || destroy
            ? NestedAttributeRules.timers(List.of(), changes.timers(), ids)
            : inheritTimers(campaign, ids);
    List<MenuOption> menuOptions =
        changes.menuOptions() != null || destroy
            ? NestedAttributeRules.menuOptions(List.of(), changes.menuOptions(), ids)
            : inheritMenuOptions(campaign, ids);

    return new NumberRecord(
        id, companyId, phone, tollFree, at, at, changes.sid(), changes.afid(), changes.cid(),
        !overridesCampaignSettings(changes), greeting, timers, menuOptions);
  }

  NumberRecord update(NumberRecord old, NumberChanges changes, IdAllocator ids, Instant now)
      throws RuleViolationException {
    rejectProvisioningChanges(changes);
    checkTargets(changes);
    String cid = changes.cid() != null ? changes.cid() : old.cid();
    Campaign campaign = campaign(cid);
    boolean campaignChanged = !cid.equals(old.cid());
    // updated_at must move on every update, even two in the same second.
    Instant at = latest(now.truncatedTo(ChronoUnit.SECONDS), old.updatedAt().plusSeconds(1));

    Greeting greeting = old.greeting();
    if (overridesGreeting(changes)) {
      greeting = ownGreeting(greeting, changes, at, false);
    } else if (campaignChanged && greeting.inherited()) {
      greeting = campaign.greeting();
    }

    boolean destroy = Boolean.TRUE.equals(changes.destroyNested());
    List<Timer> timers = destroy ? List.of() : old.timers();
    if (campaignChanged && !destroy && allInherited(timers, Timer::inherited)) {
      timers = inheritTimers(campaign, ids);
    }
    timers = NestedAttributeRules.timers(timers, changes.timers(), ids);

    List<MenuOption> menuOptions = destroy ? List.of() : old.menuOptions();
    if (campaignChanged && !destroy && allInherited(menuOptions, MenuOption::inherited)) {
      menuOptions = inheritMenuOptions(campaign, ids);
    }
    menuOptions = NestedAttributeRules.menuOptions(menuOptions, changes.menuOptions(), ids);

    return new NumberRecord(
        old.id(), old.companyId(), old.number(), old.tollFree(), old.createdAt(), at,
        changes.sid() != null ? changes.sid() : old.sid(),
        changes.afid() != null ? changes.afid() : old.afid(),
        cid,
        old.usesCampaignSettings() && !overridesCampaignSettings(changes),
        greeting, timers, menuOptions);
  }

  /** A request that sets any part of the greeting replaces the campaign's greeting. */
  static boolean overridesGreeting(NumberChanges changes) {
    return changes.message() != null
        || changes.voiceGender() != null
        || changes.audio() != null;
  }

  /** Once a number's own settings are given, it stops using its campaign's for good. */
  static boolean overridesCampaignSettings(NumberChanges changes) {
    return overridesGreeting(changes)
        || changes.timers() != null
        || changes.menuOptions() != null
        || Boolean.TRUE.equals(changes.destroyNested());
  }

  private Campaign campaign(String cid) throws RuleViolationException {
    return campaigns
        .find(cid)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    "/number/cid", "campaign-exists", "no campaign with cid " + cid + " is configured"));
  }

  private void checkTargets(NumberChanges changes) throws RuleViolationException {
    if (changes.menuOptions() == null) {
      return;
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < changes.menuOptions().size(); i++) {
      String target = changes.menuOptions().get(i).targetCid();
      if (target != null && campaigns.find(target).isEmpty()) {
        violations.add(
            new Violation(
                NestedAttributeRules.MENU_OPTIONS + "/" + i + "/target_cid", "campaign-exists",
                "no campaign with cid " + target + " is configured"));
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  /** A number keeps its phone number: what would need a new one cannot be changed. */
  private static void rejectProvisioningChanges(NumberChanges changes) throws RuleViolationException {
    List<Violation> violations = new ArrayList<>();
    if (changes.type() != null) {
      violations.add(immutable("type"));
    }
    if (changes.country() != null) {
      violations.add(immutable("country"));
    }
    if (changes.desiredText() != null) {
      violations.add(immutable("desired_text"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  private static Violation immutable(String field) {
    return new Violation(
        "/number/" + field, "immutable",
        field + " is chosen when the number is created and cannot be changed");
  }

  /**
   * One greeting: a text read aloud or an audio file, never both; a voice needs a text. A create's
   * message without a voice is read by the documented default voice (Male), not the campaign's: the
   * default is the create parameter's. An update changes only what it names, so it keeps the voice.
   */
  private static Greeting ownGreeting(Greeting current, NumberChanges changes, Instant at, boolean creating)
      throws RuleViolationException {
    if (changes.audio() != null) {
      if (changes.message() != null || changes.voiceGender() != null) {
        throw new RuleViolationException(
            "/number/message", "one-greeting",
            "give either a text-to-speech message or an audio file, not both");
      }
      NumberChanges.AudioUpload audio = changes.audio();
      return new Greeting.Audio(audio.fileName(), audio.contentType(), audio.size(), at, false);
    }
    String message = changes.message();
    String voice = changes.voiceGender();
    if (current instanceof Greeting.Spoken spoken) {
      message = message != null ? message : spoken.message();
      voice = voice != null || creating ? voice : spoken.voiceGender();
    }
    if (message == null) {
      throw new RuleViolationException(
          "/number/message", "required",
          "voice_gender needs a message: the current greeting is an audio file");
    }
    return new Greeting.Spoken(message, voice != null ? voice : ApiFacts.DEFAULT_VOICE, false);
  }

  private static List<Timer> inheritTimers(Campaign campaign, IdAllocator ids) {
    return campaign.timers().stream().map(t -> t.withId(ids.nextTimer())).toList();
  }

  private static List<MenuOption> inheritMenuOptions(Campaign campaign, IdAllocator ids) {
    return campaign.menuOptions().stream().map(m -> m.withId(ids.nextMenuOption())).toList();
  }

  private static <T> boolean allInherited(List<T> items, Predicate<T> inherited) {
    return items.stream().allMatch(inherited);
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
