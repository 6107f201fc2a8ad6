package io.numberstoolkit.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.ScenarioContext;
import java.util.ArrayList;
import java.util.List;

/** Refusals: what the docs promise about them, and the simulator's conventions. */
public final class ErrorSteps {
  private final Numbers numbers;
  private final ScenarioContext context;

  public ErrorSteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  @Then("the answer's body, if any, is JSON")
  public void bodyIsJson() {
    Answer answer = numbers.last();
    if (answer.exchange().hasBody()) {
      Expect.that(answer.body() != null, "the error body is not JSON: " + answer.describe());
    }
  }

  @When("I try to create a number with a body that is not JSON")
  public void createWithMalformedBody() {
    numbers.rememberIds();
    String cut = "{\"number\": {\"cid\": \"" + numbers.target().firstCid() + "\", \"afid\": ";
    numbers.send(Call.create(new Call.RawBody("application/json", cut)));
  }

  @When("I send POST to the search path of {campaign}, our affiliate and a sub id nobody uses")
  public void postToSearch(String cid) {
    numbers.rememberIds();
    // Recorded as the search's: 405 is the search path's answer to a method it does not serve.
    numbers.send(Call.search(cid, numbers.target().afid(), context.unique("nobody")).sentWith("POST"));
  }

  @Then("the answer is the simulator's error body")
  public void simulatorErrorBody() {
    context.requireConvention("the simulator's error body");
    // ResponseContract has validated the body against error.schema.json, as in every @convention scenario.
    Expect.that(numbers.last().body() != null && numbers.last().body().has("error"),
        "expected the simulator's {\"error\": {...}} body, got " + numbers.last().describe());
  }

  @Then("the error names the field {string}")
  public void errorNamesField(String pointer) {
    context.requireConvention("the error names the field");
    List<String> pointers = new ArrayList<>();
    for (JsonNode item : numbers.last().body().path("error").path("violations")) {
      pointers.add(item.path("violation").path("pointer").asText());
    }
    Expect.that(pointers.contains(pointer), "the error names " + pointers + ", not " + pointer);
  }

  @Then("the answer's Allow header says {string}")
  public void allowHeader(String methods) {
    Expect.equal(methods, numbers.last().exchange().header("Allow"), "Allow header");
  }
}
