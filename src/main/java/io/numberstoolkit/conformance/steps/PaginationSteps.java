package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.LinkHeader;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.client.ScenarioContext;
import io.numberstoolkit.contract.ApiFacts;
import io.numberstoolkit.contract.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Pages of at most 25 numbers, and the Link header that leads through them. */
public final class PaginationSteps {
  /** Pages whose "prev" link the suite follows back, at most, to keep a large list's walk short. */
  private static final int PAGES_CHECKED_BACK = 5;

  private final Numbers numbers;
  private final ScenarioContext context;
  private List<Answer> pages = List.of();
  private Answer previousPage;

  public PaginationSteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  @Given("there are more than 25 numbers")
  public void moreThan25() {
    int existing = numbers.all(Call.list()).size();
    for (int i = existing; i <= ApiFacts.PAGE_SIZE; i++) {
      numbers.given(numbers.newRequest(numbers.target().firstCid()));
    }
  }

  @Given("{int} numbers for {campaign} with one sub id")
  public void numbersWithOneSubId(int count, String cid) {
    String sid = context.unique("conform-many");
    for (int i = 0; i < count; i++) {
      numbers.given(NumberRequest.create(cid, numbers.target().afid(), sid));
    }
  }

  @Then("the Link header names the next page")
  public void linksNext() {
    links("next");
  }

  @Then("the Link header names the previous page")
  public void linksPrev() {
    links("prev");
  }

  @Then("the Link header names the first, the next and the last page")
  public void linksFirstNextLast() {
    links("first", "next", "last");
  }

  @Then("the Link header names the first, the previous and the last page")
  public void linksFirstPrevLast() {
    links("first", "prev", "last");
  }

  @When("I follow the next link")
  public void followNext() {
    previousPage = numbers.last();
    String next = previousPage.links().get("next")
        .orElseThrow(() -> new AssertionError("the Link header has no next page: " + previousPage.links()));
    numbers.send(Call.follow(previousPage.exchange().operation(), next));
  }

  @Then("no number of the first page is on this page")
  public void noOverlapWithPrevious() {
    Set<Long> first = ids(previousPage);
    first.retainAll(ids(numbers.last()));
    Expect.that(first.isEmpty(), "numbers on both pages: " + first);
  }

  @Then("both pages hold the same numbers")
  public void samePages() {
    List<Answer> history = numbers.history();
    Expect.that(history.size() >= 2, "two pages were not fetched");
    Expect.equal(idList(history.get(history.size() - 2)), idList(history.get(history.size() - 1)), "numbers of page 1");
  }

  @When("I follow the next links from the first page to the last")
  public void followAll() {
    pages = numbers.pages(Call.list());
  }

  @Then("no page holds more than 25 numbers")
  public void noPageTooLong() {
    for (int i = 0; i < pages.size(); i++) {
      int size = pages.get(i).numbers().size();
      Expect.that(size <= ApiFacts.PAGE_SIZE, "page " + (i + 1) + " holds " + size + " numbers");
    }
  }

  @Then("no number appears on two pages")
  public void noDuplicates() {
    Set<Long> seen = new HashSet<>();
    for (Answer page : pages) {
      for (NumberView number : page.numbers()) {
        Expect.that(seen.add(number.id()), "number " + number.id() + " is on two pages");
      }
    }
  }

  @Then("every page after the first links back to the one before it")
  public void prevLinks() {
    for (int i = 1; i < Math.min(pages.size(), PAGES_CHECKED_BACK + 1); i++) {
      Answer page = pages.get(i);
      String prev = page.links().get("prev")
          .orElseThrow(() -> new AssertionError("a page after the first has no prev link: " + page.links()));
      Answer back = numbers.send(Call.follow(Optional.of(Operation.LIST), prev));
      Expect.equal(idList(pages.get(i - 1)), idList(back), "the numbers of the page its prev link names");
    }
  }

  @Then("the page the first page's Link header calls last, if it names one, is the last page")
  public void lastLink() {
    Optional<String> named = pages.get(0).links().get("last");
    if (named.isEmpty()) {
      return;
    }
    String last = named.get();
    Answer lastPage = numbers.send(Call.follow(Optional.of(Operation.LIST), last));
    Expect.equal(idList(pages.get(pages.size() - 1)), idList(lastPage), "the numbers of the page called last");
  }

  private void links(String... relations) {
    LinkHeader links = numbers.last().links();
    for (String relation : relations) {
      Expect.that(links.has(relation), "the Link header names no " + relation + " page: "
          + numbers.last().exchange().header("Link"));
    }
  }

  private static Set<Long> ids(Answer page) {
    return new HashSet<>(idList(page));
  }

  private static List<Long> idList(Answer page) {
    List<Long> ids = new ArrayList<>();
    page.numbers().forEach(number -> ids.add(number.id()));
    return ids;
  }
}
