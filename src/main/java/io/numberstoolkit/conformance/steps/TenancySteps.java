package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.client.ScenarioContext;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * Two tenants: the configured one and a second (--other-api-key, --other-company-id). Neither
 * reaches the other's numbers. A refusal may be 403 (a company the key may not act on) or 404
 * (no such number, as this tenant sees it); the documents do not say which this case gets.
 */
public final class TenancySteps {
  private static final Set<Integer> OUT_OF_REACH = Set.of(403, 404);

  private final Numbers numbers;
  private final ScenarioContext context;
  private NumberView asCreated;

  public TenancySteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  @Given("a second tenant is configured")
  public void secondTenant() {
    if (!context.target().hasOtherTenant()) {
      throw new TestAbortedException("skipped: no second tenant is configured (--other-api-key or --other-company-id)");
    }
  }

  @Given("the other tenant has a number for {campaign}")
  public void otherTenantsNumber(String cid) {
    NumberRequest request = numbers.newRequest(cid);
    Answer answer = numbers.create(request, Call.create(request.body()).with(Call.Credentials.OTHER_TENANT));
    Expect.success(io.numberstoolkit.contract.Operation.CREATE, answer);
    asCreated = answer.number();
  }

  @When("the other tenant shows the number")
  public void otherTenantShows() {
    numbers.send(Call.show(numbers.current().id()).with(Call.Credentials.OTHER_TENANT));
  }

  @When("the other tenant changes its sub id")
  public void otherTenantChanges() {
    numbers.send(Call.update(numbers.current().id(), NumberRequest.changes().set("sid", context.unique("conform")).body())
        .with(Call.Credentials.OTHER_TENANT));
  }

  @When("I search for the number's campaign, affiliate and sub id")
  public void searchForTheNumber() {
    NumberView number = numbers.current();
    numbers.send(Call.search(number.cid(), number.afid(), number.sid()));
  }

  @Then("the answer keeps the number out of reach")
  public void outOfReach() {
    Answer answer = numbers.last();
    if (answer.status() == 200 && answer.body() != null && answer.body().isArray()) {
      long id = numbers.current().id();
      Expect.that(answer.numbers().stream().noneMatch(n -> n.id() == id),
          "the answer lists number " + id + ", which belongs to the other tenant");
      return;
    }
    Expect.oneOf(OUT_OF_REACH, answer);
  }

  @Then("the other tenant sees the number unchanged")
  public void ownerSeesItUnchanged() {
    Answer shown = numbers.send(Call.show(numbers.current().id()).with(Call.Credentials.OTHER_TENANT));
    Expect.status(200, shown);
    Expect.equal(asCreated.normalized(), shown.number().normalized(), "the number as its owner sees it");
  }
}
