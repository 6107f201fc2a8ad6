package io.numberstoolkit.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.client.ScenarioContext;
import java.util.List;

/** Each criterion of the search varied alone: two numbers alike but for one of them. */
public final class SearchCriteriaSteps {
  private final Numbers numbers;
  private final ScenarioContext context;

  public SearchCriteriaSteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  /** One of the three segments of the search path. */
  @ParameterType("campaign|affiliate|sub id")
  public String criterion(String words) {
    return words;
  }

  @Given("two numbers that differ only in their {criterion}")
  public void twoNumbersDifferingIn(String criterion) {
    String cid = numbers.target().firstCid();
    String afid = numbers.target().afid();
    String sid = context.unique("criteria");
    numbers.given(NumberRequest.create(cid, afid, sid));
    numbers.givenAnother(switch (criterion) {
      case "campaign" -> NumberRequest.create(numbers.target().secondCid(), afid, sid);
      case "affiliate" -> NumberRequest.create(cid, context.unique("afid"), sid); // a new affiliate is created
      default -> NumberRequest.create(cid, afid, context.unique("criteria"));
    });
  }

  @When("I search for the first of them by its campaign, affiliate and sub id")
  public void searchForTheFirst() {
    search(numbers.current());
  }

  @When("I search for the second of them by its campaign, affiliate and sub id")
  public void searchForTheSecond() {
    search(numbers.other());
  }

  @Then("the search finds the first of them and not the second")
  public void findsTheFirst() {
    finds(numbers.current(), numbers.other());
  }

  @Then("the search finds the second of them and not the first")
  public void findsTheSecond() {
    finds(numbers.other(), numbers.current());
  }

  private void search(NumberView number) {
    numbers.send(Call.search(number.cid(), number.afid(), number.sid()));
  }

  private void finds(NumberView wanted, NumberView unwanted) {
    Expect.status(200, numbers.last());
    List<Long> found = numbers.last().numbers().stream().map(NumberView::id).toList();
    Expect.that(found.contains(wanted.id()), "the search does not find number " + wanted.id() + ": it answers " + found);
    Expect.that(!found.contains(unwanted.id()), "the search also finds number " + unwanted.id()
        + " (cid " + unwanted.cid() + ", afid " + unwanted.afid() + ", sid " + unwanted.sid() + "), which does not match");
  }
}
