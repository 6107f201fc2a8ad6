package io.numberstoolkit.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.client.ScenarioContext;
import io.numberstoolkit.contract.Operation;
import java.util.HashSet;
import java.util.Set;

/** Updating numbers, and checking by showing them what an update changed and what it left. */
public final class UpdateSteps {
  private final Numbers numbers;
  private final ScenarioContext context;
  private NumberView before;
  private long changedTimer;
  private long changedMenuOption;

  public UpdateSteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  @When("I change its sub id")
  public void changeSubId() {
    update(NumberRequest.changes().set("sid", context.unique("conform")), "json");
  }

  @When("I change its sub id, asking for {format}")
  public void changeSubIdAskingFor(String format) {
    update(NumberRequest.changes().set("sid", context.unique("conform")), format);
  }

  @When("I change its sub id without an API key")
  public void changeSubIdWithoutKey() {
    update(NumberRequest.changes().set("sid", context.unique("conform")), "json", Call.Credentials.NONE);
  }

  @When("I change its sub id with the API key in the body")
  public void changeSubIdWithKeyInBody() {
    update(NumberRequest.changes().set("sid", context.unique("conform")), "json", Call.Credentials.IN_BODY);
  }

  @When("I change its sub id for a company the key may not act on")
  public void changeSubIdForForeignCompany() {
    update(NumberRequest.changes().set("sid", context.unique("conform")), "json", Call.Credentials.FOREIGN_COMPANY);
  }

  @When("I upload the audio greeting {string} for it")
  public void uploadAudioGreeting(String fileName) {
    before = numbers.current();
    Call.FilePart file = new Call.FilePart("number[message_file]", fileName, "audio/wav", AudioSamples.silenceWav());
    numbers.send(Call.update(before.id(), new Call.MultipartBody(java.util.Map.of(), file)));
  }

  @When("I try to update the number with a body that is not JSON")
  public void updateWithMalformedBody() {
    before = numbers.current();
    numbers.send(Call.update(before.id(), new Call.RawBody("application/json", "{\"number\": {\"sid\": ")));
  }

  @When("I move it to {campaign}")
  public void moveTo(String cid) {
    update(NumberRequest.changes().set("cid", cid), "json");
  }

  @When("I change its affiliate to a new one")
  public void changeAffiliate() {
    update(NumberRequest.changes().set("afid", context.unique("afid")), "json");
  }

  @When("I give it the greeting {string} read by a {word} voice")
  public void giveGreeting(String message, String voice) {
    update(NumberRequest.changes().greeting(message, voice), "json");
  }

  @When("I give it the audio greeting {string} sent as Base64")
  public void giveAudioGreeting(String fileName) {
    update(NumberRequest.changes().audioGreeting(fileName, AudioSamples.silenceWav()), "json");
  }

  @When("I add a timer at {int} seconds calling {string}")
  public void addTimer(int seconds, String url) {
    update(NumberRequest.changes().timer(null, seconds, url), "json");
  }

  @When("I change its timer at {int} seconds to fire at {int} seconds calling {string}")
  public void changeTimer(int from, int seconds, String url) {
    JsonNode timer = numbers.current().timerAt(from)
        .orElseThrow(() -> new AssertionError("the number has no timer at " + from + " seconds"));
    changedTimer = timer.path("id").asLong();
    update(NumberRequest.changes().timer(changedTimer, seconds, url), "json");
  }

  @When("I add menu option {string} forwarding to {string}")
  public void addMenuOption(String option, String phone) {
    update(NumberRequest.changes().menuOption(null, option, phone, null), "json");
    Expect.success(Operation.UPDATE, numbers.last());
  }

  @When("I change its menu option {string} to forward to {campaign}")
  public void changeMenuOption(String option, String cid) {
    changedMenuOption = NumberSteps.menuOption(numbers.current(), option).path("id").asLong();
    update(NumberRequest.changes().menuOption(changedMenuOption, option, null, cid), "json");
    Expect.success(Operation.UPDATE, numbers.last());
  }

  @When("I replace its timers and menu options with a timer at {int} seconds calling {string}")
  public void replaceNested(int seconds, String url) {
    update(NumberRequest.changes().destroyNested().timer(null, seconds, url), "json");
  }

  @When("I update a number that does not exist")
  public void updateUnknown() {
    numbers.send(Call.update(numbers.unknownId(), NumberRequest.changes().set("sid", context.unique("conform")).body()));
  }

  @Then("an answer with a body shows the new sub id")
  public void answerShowsNewSubId() {
    if (numbers.last().carriesNumber()) {
      Expect.equal(numbers.request().get("sid"), numbers.last().number().sid(), "sid in the update's answer");
    }
  }

  @Then("showing it answers the new sub id and everything else as before")
  public void showsNewSubIdOnly() {
    NumberView shown = shown();
    Expect.equal(numbers.request().get("sid"), shown.sid(), "sid");
    Expect.equal(before.withoutChangingFields("sid"), shown.withoutChangingFields("sid"), "the other fields");
  }

  @Then("showing it answers {campaign}")
  public void showsCampaign(String cid) {
    Expect.equal(cid, shown().cid(), "cid");
  }

  @Then("showing it answers the new affiliate")
  public void showsNewAffiliate() {
    Expect.equal(numbers.request().get("afid"), shown().afid(), "afid");
  }

  @Then("showing it answers the greeting {string} read by a {word} voice, of its own")
  public void showsGreeting(String message, String voice) {
    JsonNode greeting = shown().greeting();
    Expect.equal(message, greeting.path("message").asText(null), "greeting message");
    Expect.equal(voice, greeting.path("voice_gender").asText(null), "greeting voice_gender");
    Expect.equal(false, greeting.path("inherited").asBoolean(true), "greeting inherited");
  }

  @Then("showing it answers the audio greeting {string}, of its own")
  public void showsAudioGreeting(String fileName) {
    JsonNode greeting = shown().greeting();
    NumberSteps.audio(greeting, fileName);
    Expect.equal(false, greeting.path("inherited").asBoolean(true), "greeting inherited");
  }

  @Then("showing it answers a timer at {int} seconds calling {string}")
  public void showsTimer(int seconds, String url) {
    NumberSteps.timer(shown(), seconds, url, null);
  }

  @Then("showing it answers the same timer, now at {int} seconds calling {string}")
  public void showsSameTimer(int seconds, String url) {
    JsonNode timer = shown().timerWithId(changedTimer)
        .orElseThrow(() -> new AssertionError("timer " + changedTimer + " is gone after it was changed in place"));
    Expect.equal(seconds, timer.path("seconds").asInt(), "seconds of timer " + changedTimer);
    Expect.equal(url, timer.path("url").asText(null), "url of timer " + changedTimer);
  }

  @Then("showing it answers menu option {string} forwarding to {string}")
  public void showsMenuOption(String option, String phone) {
    Expect.equal(phone, NumberSteps.menuOption(shown(), option).path("target_number").asText(null),
        "target_number of menu option " + option);
  }

  @Then("showing it answers the same menu option {string}, now forwarding to {campaign}")
  public void showsSameMenuOption(String option, String cid) {
    JsonNode menuOption = shown().menuOptionWithId(changedMenuOption)
        .orElseThrow(() -> new AssertionError("menu option " + changedMenuOption + " is gone after it was changed in place"));
    Expect.equal(option, menuOption.path("option").asText(null), "option of menu option " + changedMenuOption);
    Expect.equal(cid, menuOption.path("target_cid").asText(null), "target_cid of menu option " + changedMenuOption);
  }

  @Then("showing it answers none of its old timers and menu options")
  public void showsNoneOfTheOld() {
    NumberView shown = shown();
    Set<Long> old = new HashSet<>();
    before.timers().forEach(t -> old.add(t.path("id").asLong()));
    Set<Long> remaining = new HashSet<>();
    shown.timers().forEach(t -> remaining.add(t.path("id").asLong()));
    remaining.retainAll(old);
    Expect.that(remaining.isEmpty(), "old timers remain after destroy_nested: " + remaining);
    Set<Long> oldOptions = new HashSet<>();
    before.menuOptions().forEach(m -> oldOptions.add(m.path("id").asLong()));
    Set<Long> remainingOptions = new HashSet<>();
    shown.menuOptions().forEach(m -> remainingOptions.add(m.path("id").asLong()));
    remainingOptions.retainAll(oldOptions);
    Expect.that(remainingOptions.isEmpty(), "old menu options remain after destroy_nested: " + remainingOptions);
  }

  private void update(NumberRequest changes, String format) {
    update(changes, format, Call.Credentials.CONFIGURED);
  }

  private void update(NumberRequest changes, String format, Call.Credentials credentials) {
    before = numbers.current();
    numbers.update(changes, format, credentials);
  }

  /** The number as shown now; it becomes the scenario's number. */
  private NumberView shown() {
    NumberView shown = numbers.show(numbers.current().id());
    numbers.current(shown);
    return shown;
  }
}
