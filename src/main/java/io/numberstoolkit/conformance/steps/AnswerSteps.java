package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Then;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.contract.Operation;
import java.util.List;
import java.util.Set;

/** What an answer says: its status, whether it carries a number, whether anything was created. */
public final class AnswerSteps {
  private final Numbers numbers;

  public AnswerSteps(Numbers numbers) {
    this.numbers = numbers;
  }

  @Then("^the answer is (\\d{3}) [A-Z][A-Za-z ]+$")
  public void theAnswerIs(int status) {
    Expect.status(status, numbers.last());
  }

  @Then("the number is created")
  public void theNumberIsCreated() {
    Expect.success(Operation.CREATE, numbers.last());
    numbers.current(numbers.last().number());
  }

  @Then("the number is updated")
  public void theNumberIsUpdated() {
    Expect.success(Operation.UPDATE, numbers.last());
  }

  @Then("the number is deleted")
  public void theNumberIsDeleted() {
    Expect.success(Operation.DELETE, numbers.last());
  }

  @Then("the answer carries the number")
  public void theAnswerCarriesTheNumber() {
    numbers.last().number();
  }

  @Then("the answer has no body")
  public void theAnswerHasNoBody() {
    Expect.that(!numbers.last().exchange().hasBody(), "expected no body, got " + numbers.last().describe());
  }

  @Then("the request is rejected")
  public void theRequestIsRejected() {
    Expect.rejected(numbers.last());
  }

  @Then("the request is rejected as not allowed or not found")
  public void rejectedAsNotAllowedOrNotFound() {
    Expect.oneOf(Set.of(404, 405), numbers.last());
  }

  @Then("no number was created")
  public void noNumberWasCreated() {
    Expect.that(!numbers.last().successful(),
        "the request should have been refused, but was answered " + numbers.last().describe());
    Set<Long> appeared = numbers.newIds();
    Expect.that(appeared.isEmpty(), "numbers appeared in the list after the refused request: " + appeared);
  }

  @Then("the answer is a list of at most {int} numbers")
  public void aListOfAtMost(int most) {
    List<NumberView> list = numbers.last().numbers();
    Expect.that(list.size() <= most, "expected at most " + most + " numbers, got " + list.size());
  }

  @Then("the answer is a list of {int} numbers")
  public void aListOf(int count) {
    Expect.equal(count, numbers.last().numbers().size(), "numbers in the answer");
  }

  @Then("the answer is an empty list")
  public void anEmptyList() {
    Expect.status(200, numbers.last());
    Expect.equal(List.of(), numbers.last().numbers().stream().map(NumberView::id).toList(), "numbers found");
  }

  @Then("the answer lists the number and no other")
  public void listsTheNumberAndNoOther() {
    Expect.equal(List.of(numbers.current().id()),
        numbers.last().numbers().stream().map(NumberView::id).toList(), "ids of the numbers found");
  }
}
