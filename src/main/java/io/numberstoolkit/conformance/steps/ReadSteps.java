package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.client.ScenarioContext;
import java.util.List;

/** Showing, listing and searching. */
public final class ReadSteps {
  private final Numbers numbers;
  private final ScenarioContext context;
  private List<NumberView> everyPage;

  public ReadSteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  @When("I show the number")
  public void show() {
    Answer answer = numbers.send(Call.show(numbers.current().id()));
    if (answer.status() == 200) {
      numbers.current(answer.number());
    }
  }

  @When("I show the number as {format}")
  public void showAs(String format) {
    numbers.send(Call.show(numbers.current().id()).as(format));
  }

  @When("I show the number for a company the key may not act on")
  public void showForForeignCompany() {
    numbers.send(Call.show(numbers.current().id()).with(Call.Credentials.FOREIGN_COMPANY));
  }

  @When("I show a number that does not exist")
  public void showUnknown() {
    numbers.send(Call.show(numbers.unknownId()));
  }

  @When("I list the numbers")
  public void list() {
    numbers.send(Call.list());
  }

  @When("I list the numbers as {format}")
  public void listAs(String format) {
    numbers.send(Call.list().as(format));
  }

  @When("I list page {int} of the numbers")
  public void listPage(int page) {
    numbers.send(Call.list().page(page));
  }

  @When("I look through every page of the list")
  public void everyPage() {
    everyPage = numbers.all(Call.list());
  }

  @Then("the number is listed as it is shown")
  public void listedAsShown() {
    long id = numbers.current().id();
    NumberView listed = everyPage.stream().filter(n -> n.id() == id).findFirst()
        .orElseThrow(() -> new AssertionError("number " + id + " is on no page of the list"));
    Expect.equal(numbers.show(id).normalized(), listed.normalized(), "number " + id + " as listed");
  }

  @When("I search for {campaign}, our affiliate and the number's sub id")
  public void searchForTheNumber(String cid) {
    numbers.send(Call.search(cid, numbers.target().afid(), numbers.current().sid()));
  }

  @When("I search as {format} for {campaign}, our affiliate and the number's sub id")
  public void searchAsForTheNumber(String format, String cid) {
    numbers.send(Call.search(cid, numbers.target().afid(), numbers.current().sid()).as(format));
  }

  @When("I search for {campaign}, our affiliate and a sub id nobody uses")
  public void searchForNobody(String cid) {
    numbers.send(Call.search(cid, numbers.target().afid(), context.unique("nobody")));
  }

  @When("I search as {format} for {campaign}, our affiliate and a sub id nobody uses")
  public void searchAsForNobody(String format, String cid) {
    numbers.send(Call.search(cid, numbers.target().afid(), context.unique("nobody")).as(format));
  }

  @When("I search for {campaign}, our affiliate and a sub id nobody uses, for a company the key may not act on")
  public void searchForForeignCompany(String cid) {
    numbers.send(Call.search(cid, numbers.target().afid(), context.unique("nobody"))
        .with(Call.Credentials.FOREIGN_COMPANY));
  }

  @When("I search for {campaign}, our affiliate and that sub id")
  public void searchForThatSubId(String cid) {
    numbers.send(Call.search(cid, numbers.target().afid(), numbers.request().get("sid")));
  }

  @When("I search for {campaign} without affiliate and sub id")
  public void searchWithoutSegments(String cid) {
    numbers.send(Call.other("GET", "/numbers/for/cid/" + Call.segment(cid)));
  }

  @Then("searching for it finds nothing")
  public void searchingFindsNothing() {
    NumberView number = numbers.current();
    List<NumberView> found = numbers.search(number.cid(), number.afid(), number.sid());
    Expect.that(found.stream().noneMatch(n -> n.id() == number.id()),
        "the search still finds number " + number.id());
  }

}
