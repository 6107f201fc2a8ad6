package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.CreatedNumbers;

/** Deleting numbers. */
public final class DeleteSteps {
  private final Numbers numbers;
  private final CreatedNumbers created;

  public DeleteSteps(Numbers numbers, CreatedNumbers created) {
    this.numbers = numbers;
    this.created = created;
  }

  @When("I delete the number")
  public void delete() {
    delete("json", Call.Credentials.CONFIGURED);
  }

  @When("I delete the number, asking for {format}")
  public void deleteAskingFor(String format) {
    delete(format, Call.Credentials.CONFIGURED);
  }

  @When("I delete the number without an API key")
  public void deleteWithoutKey() {
    delete("json", Call.Credentials.NONE);
  }

  @When("I delete the number for a company the key may not act on")
  public void deleteForForeignCompany() {
    delete("json", Call.Credentials.FOREIGN_COMPANY);
  }

  @When("I delete a number that does not exist")
  public void deleteUnknown() {
    numbers.send(Call.delete(numbers.unknownId()));
  }

  @Then("the number can no longer be shown")
  public void canNoLongerBeShown() {
    Answer answer = numbers.send(Call.show(numbers.current().id()));
    Expect.oneOf(java.util.Set.of(404, 410), answer);
  }

  private void delete(String format, Call.Credentials credentials) {
    long id = numbers.current().id();
    Answer answer = numbers.send(Call.delete(id).as(format).with(credentials));
    if (answer.successful()) {
      created.deleted(id);
    }
  }
}
