package io.numberstoolkit.simulator.store;

import static io.numberstoolkit.simulator.store.ChangesBuilder.create;
import static io.numberstoolkit.simulator.store.ChangesBuilder.newOption;
import static io.numberstoolkit.simulator.store.ChangesBuilder.newTimer;
import static io.numberstoolkit.simulator.store.ChangesBuilder.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NumberChanges.MenuOptionChange;
import io.numberstoolkit.simulator.store.NumberChanges.TimerChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberRulesTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");
  private static final Instant NOW_SECOND = Instant.parse("2026-01-02T03:04:05Z");

  private final NumberRules rules = new NumberRules(TestCampaigns.all());
  private final IdAllocator ids = new IdAllocator(new Sequences(40, 100, 200));
  private final List<String> picks = new ArrayList<>();
  private final NumberRules.PhoneNumberPicker picker =
      (tollFree, country, desiredText) -> {
        picks.add(tollFree + " " + country + " " + desiredText);
        return "+18005550123";
      };

  private NumberRecord created(ChangesBuilder changes) throws RuleViolationException {
    return rules.create(7, changes.build(), picker, ids, NOW);
  }

  private NumberRecord updated(NumberRecord old, ChangesBuilder changes) throws RuleViolationException {
    return rules.update(old, changes.build(), ids, NOW);
  }

  private static List<Violation> refusal(Refused attempt) {
    return assertThrows(RuleViolationException.class, attempt::run).violations();
  }

  private interface Refused {
    void run() throws RuleViolationException;
  }

  // ---- create: inheritance and defaults

  @Test
  void aNewNumberInheritsItsCampaignsSettingsWithIdsOfItsOwn() throws Exception {
    NumberRecord number = created(create("111"));
    assertEquals(40, number.id());
    assertEquals(7, number.companyId());
    assertEquals("+18005550123", number.number());
    assertTrue(number.usesCampaignSettings());
    assertEquals(TestCampaigns.SPOKEN, number.greeting());
    assertEquals(List.of(new Timer(100, 0, "http://pixels.example/click", true),
        new Timer(101, 5, "http://pixels.example/pixel", true)), number.timers());
    assertEquals(List.of(new MenuOption(200, "1", null, "+18667878878", true)), number.menuOptions());
    assertEquals(NOW_SECOND, number.createdAt());
    assertEquals(NOW_SECOND, number.updatedAt());
    assertEquals(new Sequences(41, 102, 201), ids.sequences());
  }

  @Test
  void aNumberIsTollFreeUnlessLocalIsAsked() throws Exception {
    assertTrue(created(create("111")).tollFree());
    assertTrue(created(create("111").type("Toll-free").country("GB")).tollFree());
    assertFalse(created(create("111").type("Local").country("GB").desiredText("DEBUG")).tollFree());
    assertEquals(List.of("true null null", "true GB null", "false GB DEBUG"), picks);
  }

  @Test
  void anUnknownCampaignIsRefused() {
    assertEquals(
        List.of(new Violation("/number/cid", "campaign-exists", "no campaign with cid 999 is configured")),
        refusal(() -> created(create("999"))));
  }

  @Test
  void everyUnknownTargetCampaignIsNamed() {
    List<Violation> violations = refusal(() -> created(create("111").menuOptions(
        new MenuOptionChange(null, "1", "nope", true, null, false),
        new MenuOptionChange(null, "2", "399944", true, null, false),
        new MenuOptionChange(null, "3", "gone", true, null, false))));
    assertEquals(List.of(
        new Violation("/number/menu_options_attributes/0/target_cid", "campaign-exists",
            "no campaign with cid nope is configured"),
        new Violation("/number/menu_options_attributes/2/target_cid", "campaign-exists",
            "no campaign with cid gone is configured")), violations);
  }

  // ---- overrides and the greeting

  @Test
  void aMessageOverridesTheGreetingReadByTheDefaultVoice() throws Exception {
    NumberRecord number = created(create("111").message("Hello"));
    assertEquals(new Greeting.Spoken("Hello", "Male", false), number.greeting());
    assertFalse(number.usesCampaignSettings());
    assertTrue(number.timers().stream().allMatch(Timer::inherited), "only the greeting is overridden");
  }

  @Test
  void aMessageOverAnAudioGreetingGetsTheDefaultVoice() throws Exception {
    assertEquals(new Greeting.Spoken("Hello", "Male", false),
        created(create("0001").message("Hello")).greeting());
  }

  @Test
  void aVoiceWithoutAnyMessageIsRefused() {
    assertEquals(List.of(new Violation("/number/message", "required",
            "voice_gender needs a message: the current greeting is an audio file")),
        refusal(() -> created(create("0001").voice("Female"))));
  }

  @Test
  void anAudioFileReplacesTheGreetingStampedWithTheWriteTime() throws Exception {
    assertEquals(new Greeting.Audio("hello.mp3", "audio/mpeg", 1234, NOW_SECOND, false),
        created(create("111").audio("hello.mp3")).greeting());
  }

  @Test
  void oneGreetingTextOrAudioNotBoth() {
    assertEquals(List.of(new Violation("/number/message", "one-greeting",
            "give either a text-to-speech message or an audio file, not both")),
        refusal(() -> created(create("111").audio("a.mp3").voice("Male"))));
  }

  @Test
  void whatCountsAsAnOverride() {
    assertFalse(NumberRules.overridesCampaignSettings(update().cid("111").afid("9").build()));
    assertTrue(NumberRules.overridesGreeting(update().voice("Male").build()));
    assertTrue(NumberRules.overridesGreeting(update().audio("a.mp3").build()));
    assertFalse(NumberRules.overridesGreeting(update().timers().build()));
    assertTrue(NumberRules.overridesCampaignSettings(update().timers().build()));
    assertTrue(NumberRules.overridesCampaignSettings(update().menuOptions().build()));
    assertTrue(NumberRules.overridesCampaignSettings(update().destroyNested().build()));
  }

  @Test
  void destroyNestedCreatesANumberWithoutTimersOrMenuOptions() throws Exception {
    NumberRecord number = created(create("111").destroyNested());
    assertEquals(List.of(), number.timers());
    assertEquals(List.of(), number.menuOptions());
    assertFalse(number.usesCampaignSettings());
    assertEquals(TestCampaigns.SPOKEN, number.greeting());
  }

  @Test
  void givenTimersReplaceTheCampaignsWhileItsMenuOptionsAreStillInherited() throws Exception {
    NumberRecord number = created(create("111").timers(newTimer(3, "http://mine.example/")));
    assertEquals(List.of(new Timer(100, 3, "http://mine.example/", false)), number.timers());
    assertEquals(List.of(new MenuOption(200, "1", null, "+18667878878", true)), number.menuOptions());
  }

  // ---- update

  @Test
  void typeCountryAndDesiredTextAreImmutable() throws Exception {
    NumberRecord old = created(create("111"));
    List<Violation> violations =
        refusal(() -> updated(old, update().type("Local").country("GB").desiredText("HELLO")));
    assertEquals(List.of("/number/type", "/number/country", "/number/desired_text"),
        violations.stream().map(Violation::pointer).toList());
    assertEquals(new Violation("/number/country", "immutable",
        "country is chosen when the number is created and cannot be changed"), violations.get(1));
  }

  @Test
  void updatedAtAlwaysMovesForward() throws Exception {
    NumberRecord old = created(create("111"));
    NumberRecord first = updated(old, update().afid("2"));
    NumberRecord second = updated(first, update().afid("3"));
    assertEquals(NOW_SECOND.plusSeconds(1), first.updatedAt());
    assertEquals(NOW_SECOND.plusSeconds(2), second.updatedAt());
    assertEquals(NOW_SECOND, second.createdAt());
    assertEquals(NOW_SECOND.plusSeconds(60),
        rules.update(old, update().afid("4").build(), ids, NOW.plusSeconds(60)).updatedAt());
  }

  @Test
  void anUpdateKeepsWhatItDoesNotName() throws Exception {
    NumberRecord old = created(create("111").message("Mine"));
    NumberRecord updated = updated(old, update().afid("0009"));
    assertEquals(old.number(), updated.number());
    assertEquals(old.sid(), updated.sid());
    assertEquals("0009", updated.afid());
    assertEquals(old.greeting(), updated.greeting());
    assertEquals(old.timers(), updated.timers());
    assertFalse(updated.usesCampaignSettings(), "an override is for good");
  }

  @Test
  void aNewCampaignIsInheritedWhereTheNumberStillInherits() throws Exception {
    NumberRecord old = created(create("111").timers(newTimer(3, "http://mine.example/")));
    NumberRecord moved = updated(old, update().cid("0001"));
    assertEquals(TestCampaigns.AUDIO, moved.greeting());
    assertEquals(old.timers(), moved.timers(), "its own timers stay");
    assertEquals(List.of(new MenuOption(201, "1", null, "+18884899999", true),
        new MenuOption(202, "2", "399944", null, true)), moved.menuOptions());
  }

  @Test
  void anUnknownNewCampaignIsRefusedOnUpdate() throws Exception {
    NumberRecord old = created(create("111"));
    assertEquals("/number/cid", refusal(() -> updated(old, update().cid("999"))).get(0).pointer());
  }

  @Test
  void destroyNestedThenNewItemsLeavesOnlyTheNewOnes() throws Exception {
    NumberRecord old = created(create("111"));
    NumberRecord updated = updated(old, update().destroyNested().timers(newTimer(9, "http://n.example/")));
    assertEquals(List.of(new Timer(102, 9, "http://n.example/", false)), updated.timers());
    assertEquals(List.of(), updated.menuOptions());
  }

  @Test
  void aRefusedChangeHandsBackViolationsAndLeavesTheNumberAsItWas() throws Exception {
    NumberRecord old = created(create("111"));
    NumberRecord copy = new NumberRecord(old.id(), old.companyId(), old.number(), old.tollFree(),
        old.createdAt(), old.updatedAt(), old.sid(), old.afid(), old.cid(),
        old.usesCampaignSettings(), old.greeting(), old.timers(), old.menuOptions());
    List<TimerChange> timers = List.of(newTimer(1, "http://a.example/"), new TimerChange(999L, 2, null));
    assertEquals(List.of(new Violation("/number/timers_attributes/1/id", "nested-exists",
        "this number has no timer 999")), refusal(() -> updated(old, update().timers(timers))));
    assertEquals(copy, old);
  }

  @Test
  void aMenuOptionsTargetCampaignOverridesItsTargetNumber() throws Exception {
    NumberRecord number = created(create("111").menuOptions(
        new MenuOptionChange(null, "4", "399944", true, "+18005550100", true)));
    assertEquals(List.of(new MenuOption(200, "4", "399944", null, false)), number.menuOptions());
    NumberRecord back = updated(number, update().menuOptions(
        new MenuOptionChange(200L, null, null, true, "+18005550101", true)));
    assertEquals(List.of(new MenuOption(200, "4", null, "+18005550101", false)), back.menuOptions());
  }

  @Test
  void newMenuOptionsAreCheckedForUniqueButtons() {
    assertEquals(List.of(new Violation("/number/menu_options_attributes/1/option", "unique-option",
            "button 1 already has a menu option on this number")),
        refusal(() -> created(create("111").menuOptions(newOption("1", "+1"), newOption("1", "+2")))));
  }
}
