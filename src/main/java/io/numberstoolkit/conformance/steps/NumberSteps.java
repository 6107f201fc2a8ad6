package io.numberstoolkit.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.numberstoolkit.conformance.client.NumberView;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What "the number" of a scenario says about itself, field by field. */
public final class NumberSteps {
  private static final String E164 = "\\+[1-9][0-9]{6,14}";
  private final Numbers numbers;

  public NumberSteps(Numbers numbers) {
    this.numbers = numbers;
  }

  @Then("it is a toll-free number")
  public void tollFree() {
    Expect.that(numbers.current().tollFree(), "expected toll_free true: " + numbers.current());
  }

  @Then("it is a local number")
  public void local() {
    Expect.that(!numbers.current().tollFree(), "expected toll_free false: " + numbers.current());
  }

  @Then("it belongs to {campaign}, our affiliate and the sub id I gave")
  public void belongsTo(String cid) {
    NumberView number = numbers.current();
    Expect.equal(cid, number.cid(), "cid");
    Expect.equal(numbers.target().afid(), number.afid(), "afid");
    Expect.equal(numbers.request().get("sid"), number.sid(), "sid");
  }

  @Then("it belongs to the new affiliate")
  public void belongsToTheNewAffiliate() {
    Expect.equal(numbers.request().get("afid"), numbers.current().afid(), "afid");
  }

  @Then("its phone number is in E.164 form")
  public void e164() {
    String phone = numbers.current().phone();
    Expect.that(phone.matches(E164), "the phone number is not E.164 (+ and up to 15 digits): " + phone);
  }

  @Then("it has an id and its creation and update times")
  public void idAndTimes() {
    NumberView number = numbers.current();
    Expect.that(number.id() > 0, "expected a positive id, got " + number.id());
    utcTime(number.field("created_at"), "created_at");
    utcTime(number.field("updated_at"), "updated_at");
  }

  @Then("it says whether it is toll-free and whether it uses its campaign's settings")
  public void flags() {
    Expect.that(numbers.current().field("toll_free").isBoolean(), "toll_free is not true or false");
    Expect.that(numbers.current().field("uses_campaign_settings").isBoolean(),
        "uses_campaign_settings is not true or false");
  }

  @Then("it uses its campaign's settings")
  public void usesCampaignSettings() {
    Expect.that(numbers.current().usesCampaignSettings(), "expected uses_campaign_settings true: " + numbers.current());
  }

  @Then("its greeting, timers and menu options are inherited from the campaign")
  public void allInherited() {
    NumberView number = numbers.current();
    Expect.that(number.greeting().path("inherited").asBoolean(false), "the greeting is not inherited: " + number.greeting());
    number.timers().forEach(t -> Expect.that(t.path("inherited").asBoolean(false), "a timer is not inherited: " + t));
    number.menuOptions().forEach(m -> Expect.that(m.path("inherited").asBoolean(false), "a menu option is not inherited: " + m));
  }

  @Then("the two numbers share no timer or menu option ids")
  public void noSharedIds() {
    Set<Long> timers = ids(numbers.current().timers());
    timers.retainAll(ids(numbers.other().timers()));
    Set<Long> menuOptions = ids(numbers.current().menuOptions());
    menuOptions.retainAll(ids(numbers.other().menuOptions()));
    Expect.that(timers.isEmpty(), "the two numbers share the timer ids " + timers);
    Expect.that(menuOptions.isEmpty(), "the two numbers share the menu option ids " + menuOptions);
  }

  @Then("its greeting says whether it is inherited")
  public void greetingSaysInherited() {
    Expect.that(numbers.current().greeting().path("inherited").isBoolean(),
        "the greeting has no inherited true/false: " + numbers.current().greeting());
  }

  @Then("its greeting is the message {string} read by a {word} voice")
  public void greetingMessage(String message, String voice) {
    JsonNode greeting = numbers.current().greeting();
    Expect.equal(message, greeting.path("message").asText(null), "greeting message");
    Expect.equal(voice, greeting.path("voice_gender").asText(null), "greeting voice_gender");
  }

  @Then("its greeting is its own, not the campaign's")
  public void greetingOfItsOwn() {
    Expect.that(!numbers.current().greeting().path("inherited").asBoolean(true),
        "expected the greeting to have inherited false: " + numbers.current().greeting());
  }

  @Then("its greeting is the audio file {string}")
  public void audioGreeting(String fileName) {
    audio(numbers.current().greeting(), fileName);
  }

  @Then("the answer does not mention the repeat count")
  public void noRepeat() {
    Expect.that(!numbers.current().has("repeat") && !numbers.current().greeting().has("repeat"),
        "repeat is accepted but not answered, yet the answer has it: " + numbers.current());
  }

  @Then("each of its timers has an id, seconds, a URL and whether it is inherited")
  public void timersHaveFields() {
    for (JsonNode timer : numbers.current().timers()) {
      Expect.that(timer.path("id").canConvertToLong() && timer.path("seconds").isIntegralNumber()
          && timer.path("url").isTextual() && timer.path("inherited").isBoolean(), "an incomplete timer: " + timer);
    }
  }

  @Then("each of its menu options has an id, an option, a target and whether it is inherited")
  public void menuOptionsHaveFields() {
    for (JsonNode option : numbers.current().menuOptions()) {
      boolean target = option.path("target_number").isTextual() || option.path("target_cid").isTextual();
      Expect.that(option.path("id").canConvertToLong() && option.path("option").isTextual() && target
          && option.path("inherited").isBoolean(), "an incomplete menu option: " + option);
    }
  }

  @Then("it has these timers of its own:")
  public void timersOfItsOwn(DataTable table) {
    for (Map<String, String> row : table.asMaps()) {
      timer(numbers.current(), Integer.parseInt(row.get("seconds")), row.get("url"), false);
    }
  }

  @Then("it has no other timers")
  public void noOtherTimers() {
    int sent = numbers.request().json().path("number").path("timers_attributes").size();
    Expect.equal(sent, numbers.current().timers().size(), "timers of the number");
  }

  @Then("it has these menu options of its own:")
  public void menuOptionsOfItsOwn(DataTable table) {
    for (Map<String, String> row : table.asMaps()) {
      String target = row.get("forwards to");
      JsonNode option = menuOption(numbers.current(), row.get("option"));
      Expect.that(!option.path("inherited").asBoolean(true), "menu option " + row.get("option") + " is inherited");
      if (target.startsWith("+")) {
        Expect.equal(target, option.path("target_number").asText(null), "target_number of option " + row.get("option"));
      } else {
        Expect.equal(numbers.campaignNamed(target), option.path("target_cid").asText(null), "target_cid of option " + row.get("option"));
      }
    }
  }

  @Then("its menu option {word} forwards to {campaign}")
  public void menuOptionForwardsTo(String option, String cid) {
    Expect.equal(cid, menuOption(numbers.current(), option).path("target_cid").asText(null), "target_cid");
  }

  @Then("showing it answers the same number")
  public void showingAnswersTheSame() {
    NumberView shown = numbers.show(numbers.current().id());
    Expect.equal(numbers.current().normalized(), shown.normalized(), "the number as shown");
  }

  // ---- shared with the update steps

  static void timer(NumberView number, int seconds, String url, Boolean inherited) {
    JsonNode timer = number.timers().stream()
        .filter(t -> t.path("seconds").asInt(-1) == seconds && url.equals(t.path("url").asText(null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no timer at " + seconds + " seconds calling " + url
            + " among " + number.timers()));
    if (inherited != null) {
      Expect.equal(inherited, timer.path("inherited").asBoolean(), "inherited of the timer at " + seconds + " seconds");
    }
  }

  static JsonNode menuOption(NumberView number, String option) {
    return number.menuOption(option)
        .orElseThrow(() -> new AssertionError("no menu option " + option + " among " + number.menuOptions()));
  }

  static void audio(JsonNode greeting, String fileName) {
    Expect.equal(fileName, greeting.path("audio_file_name").asText(null), "audio_file_name");
    Expect.that(!greeting.path("audio_file_content_type").asText("").isBlank(), "no audio_file_content_type: " + greeting);
    Expect.that(greeting.path("audio_file_size").asLong(0) > 0, "no positive audio_file_size: " + greeting);
    utcTime(greeting.path("audio_file_updated_at"), "audio_file_updated_at");
  }

  static void utcTime(JsonNode value, String field) {
    String text = value.asText("");
    try {
      Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new AssertionError(field + " is not an ISO-8601 UTC time like 2012-05-03T13:53:23Z: '" + text + "'");
    }
    Expect.that(text.endsWith("Z"), field + " is not in UTC (ending in Z): " + text);
  }


  private static Set<Long> ids(List<JsonNode> items) {
    Set<Long> ids = new HashSet<>();
    items.forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }
}
