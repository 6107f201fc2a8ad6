package io.numberstoolkit.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.contract.Operation;

/** The negative checks: requests broken as {@link Breakages} derives from the request schemas. */
public final class ValidationSteps {
  private final Numbers numbers;
  private NumberView before;

  public ValidationSteps(Numbers numbers) {
    this.numbers = numbers;
  }

  @When("I try to create a number for {campaign} whose {word} {breakage}")
  public void createBroken(String cid, String field, String breakage) {
    ObjectNode body = numbers.newRequest(cid).json();
    Breakages.find("create-request", field, breakage).applyTo(body);
    numbers.rememberIds();
    numbers.send(Call.create(new Call.JsonBody(body)));
  }

  @When("I try to update the number so that its {word} {breakage}")
  public void updateBroken(String field, String breakage) {
    ObjectNode body = NumberRequest.changes().json();
    Breakages.find("update-request", field, breakage).applyTo(body);
    before = numbers.show(numbers.current().id());
    numbers.send(Call.update(numbers.current().id(), new Call.JsonBody(body)));
  }

  /** Refused with a 4xx, or acknowledged as a documented update success that changed nothing. */
  @Then("the request is rejected or ignored")
  public void rejectedOrIgnored() {
    if (numbers.last().successful()) {
      Expect.success(Operation.UPDATE, numbers.last());
    } else {
      Expect.rejected(numbers.last());
    }
  }

  /**
   * As shown before the request. A request that was acknowledged and ignored may still have moved
   * updated_at: nothing documents whether an update that changes nothing touches it.
   */
  @Then("the number is unchanged")
  public void unchanged() {
    NumberView now = numbers.show(numbers.current().id());
    if (numbers.last().successful()) {
      Expect.equal(before.withoutChangingFields(), now.withoutChangingFields(), "the number after the ignored update");
    } else {
      Expect.equal(before.normalized(), now.normalized(), "the number after the refused update");
    }
  }
}
