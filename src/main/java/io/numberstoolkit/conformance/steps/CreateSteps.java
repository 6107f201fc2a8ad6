package io.numberstoolkit.conformance.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.ScenarioContext;
import io.numberstoolkit.contract.ApiFacts;
import java.util.Map;

/** Creating numbers: the scenario's own, and the attempts that should create none. */
public final class CreateSteps {
  private final Numbers numbers;
  private final ScenarioContext context;

  public CreateSteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  // ---- numbers a scenario starts from

  @Given("a number for {campaign}")
  public void aNumberFor(String cid) {
    numbers.given(numbers.newRequest(cid));
  }

  @Given("another number for {campaign}")
  public void anotherNumberFor(String cid) {
    numbers.givenAnother(numbers.newRequest(cid));
  }

  @Given("a number for {campaign} with the greeting {string} read by a {word} voice")
  public void aNumberWithGreeting(String cid, String message, String voice) {
    numbers.given(numbers.newRequest(cid).greeting(message, voice));
  }

  @Given("a number for {campaign} with a timer at {int} seconds calling {string}")
  public void aNumberWithTimer(String cid, int seconds, String url) {
    numbers.given(numbers.newRequest(cid).timer(null, seconds, url));
  }

  @Given("a number for {campaign} with menu option {string} forwarding to {string}")
  public void aNumberWithMenuOption(String cid, String option, String phone) {
    numbers.given(numbers.newRequest(cid).menuOption(null, option, phone, null));
  }

  // ---- creates under test

  @When("I create a number for {campaign}")
  public void create(String cid) {
    numbers.create(numbers.newRequest(cid));
  }

  @When("I create a toll-free number for {campaign} with desired text {word}")
  public void createTollFree(String cid, String word) {
    numbers.create(numbers.newRequest(cid).type(ApiFacts.TOLL_FREE).set("desired_text", word));
  }

  @When("I create a number for {campaign} without saying its type")
  public void createWithoutType(String cid) {
    numbers.create(numbers.newRequest(cid).without("type"));
  }

  @When("I create a local number in {word} for {campaign}")
  public void createLocal(String country, String cid) {
    numbers.create(numbers.newRequest(cid).type(ApiFacts.LOCAL).set("country", country));
  }

  @When("I create a number for {campaign} for a new affiliate")
  public void createForNewAffiliate(String cid) {
    numbers.create(numbers.newRequest(cid).set("afid", context.unique("afid")));
  }

  @When("I create a number for {campaign} with the greeting {string} read by a {word} voice")
  public void createWithGreeting(String cid, String message, String voice) {
    numbers.create(numbers.newRequest(cid).greeting(message, voice));
  }

  @When("I create a number for {campaign} with the greeting {string}")
  public void createWithGreetingOnly(String cid, String message) {
    numbers.create(numbers.newRequest(cid).greeting(message, null));
  }

  @When("I create a number for {campaign} with its greeting repeated {int} times")
  public void createWithRepeat(String cid, int times) {
    numbers.create(numbers.newRequest(cid).set("repeat", times));
  }

  @When("I create a number for {campaign} with the audio greeting {string} sent as Base64")
  public void createWithBase64Audio(String cid, String fileName) {
    numbers.create(numbers.newRequest(cid).audioGreeting(fileName, AudioSamples.silenceWav()));
  }

  @When("I create a number for {campaign} uploading the audio greeting {string}")
  public void createUploadingAudio(String cid, String fileName) {
    NumberRequest request = numbers.newRequest(cid);
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    request.json().path("number").fields().forEachRemaining(f -> fields.put("number[" + f.getKey() + "]", f.getValue().asText()));
    Call.FilePart file = new Call.FilePart("number[message_file]", fileName, "audio/wav", AudioSamples.silenceWav());
    numbers.create(request, Call.create(new Call.MultipartBody(fields, file)));
  }

  @When("I create a number for {campaign} with these timers:")
  public void createWithTimers(String cid, DataTable timers) {
    numbers.create(withTimers(numbers.newRequest(cid), timers));
  }

  @When("I create a number for {campaign} replacing nested items, with these timers:")
  public void createReplacingNested(String cid, DataTable timers) {
    numbers.create(withTimers(numbers.newRequest(cid).destroyNested(), timers));
  }

  @When("I create a number for {campaign} with these menu options:")
  public void createWithMenuOptions(String cid, DataTable options) {
    NumberRequest request = numbers.newRequest(cid);
    for (Map<String, String> row : options.asMaps()) {
      String target = row.get("forwards to");
      boolean phone = target.startsWith("+");
      request.menuOption(null, row.get("option"), phone ? target : null, phone ? null : numbers.campaignNamed(target));
    }
    numbers.create(request);
  }

  @When("I create a number for {campaign} whose menu option {word} forwards to {word} and to {campaign}")
  public void createWithBothTargets(String cid, String option, String phone, String targetCid) {
    numbers.create(numbers.newRequest(cid).menuOption(null, option, phone, targetCid));
  }

  @When("I create a number for {campaign}, asking for {format}")
  public void createAskingFor(String cid, String format) {
    NumberRequest request = numbers.newRequest(cid);
    numbers.create(request, Call.create(request.body()).as(format));
  }

  @When("I try to create a number for {campaign}, asking for {format}")
  public void tryCreateAskingFor(String cid, String format) {
    numbers.rememberIds();
    createAskingFor(cid, format);
  }

  @When("I try to create a number for {campaign} for a company the key may not act on")
  public void createForForeignCompany(String cid) {
    numbers.rememberIds();
    NumberRequest request = numbers.newRequest(cid);
    numbers.create(request, Call.create(request.body()).with(Call.Credentials.FOREIGN_COMPANY));
  }

  @When("I try to create a number for a campaign that does not exist")
  public void createForUnknownCampaign() {
    numbers.rememberIds();
    numbers.create(numbers.newRequest(context.unique("no-such-campaign")));
  }

  @When("I try to create a number for {campaign} whose menu option {word} forwards to a campaign that does not exist")
  public void createForwardingToUnknownCampaign(String cid, String option) {
    numbers.rememberIds();
    numbers.create(numbers.newRequest(cid).menuOption(null, option, null, context.unique("no-such-campaign")));
  }

  @When("I try to create a number for {campaign} without an afid")
  public void createWithoutAfid(String cid) {
    numbers.rememberIds();
    numbers.create(numbers.newRequest(cid).without("afid"));
  }

  private static NumberRequest withTimers(NumberRequest request, DataTable timers) {
    for (Map<String, String> row : timers.asMaps()) {
      request.timer(null, Integer.parseInt(row.get("seconds")), row.get("url"));
    }
    return request;
  }

}
