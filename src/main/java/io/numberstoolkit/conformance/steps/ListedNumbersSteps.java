package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.oracle.LastPage;
import io.numberstoolkit.conformance.oracle.SameFields;
import io.numberstoolkit.conformance.oracle.XmlFields;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * The read-only check of a target's own numbers: a few taken from the first page of its list,
 * each held against show, the search and the XML view. Only GET requests, so it is safe against
 * production; every answer is checked against its schema by the client as everywhere.
 */
public final class ListedNumbersSteps {
  /** Numbers taken from the list, at most: enough to see a pattern, few enough for production. */
  static final int TAKEN = 5;

  private final Numbers numbers;
  private List<NumberView> listed = List.of();

  public ListedNumbersSteps(Numbers numbers) {
    this.numbers = numbers;
  }

  @Given("numbers from the first page of the target's list")
  public void numbersFromTheList() {
    Answer page = numbers.send(Call.list());
    Expect.status(200, page);
    listed = page.numbers().stream().limit(TAKEN).toList();
    if (listed.isEmpty()) {
      throw new TestAbortedException("skipped: the target lists no numbers to check");
    }
  }

  @Then("showing each answers it as it is listed")
  public void shownAsListed() {
    List<String> problems = new ArrayList<>();
    for (NumberView number : listed) {
      NumberView shown = numbers.show(number.id());
      SameFields.differences(number.normalized(), shown.normalized())
          .forEach(difference -> problems.add("number " + number.id() + " as shown, against the list: " + difference));
    }
    Expect.that(problems.isEmpty(), String.join("\n", problems));
  }

  @Then("the search by each one's campaign, affiliate and sub id finds it as it is listed")
  public void foundAsListed() {
    List<String> problems = new ArrayList<>();
    for (NumberView number : listed) {
      if (number.sid() == null) {
        continue; // whether the search path's segments may be omitted is OPEN
      }
      List<Answer> pages = numbers.pages(Call.search(number.cid(), number.afid(), number.sid()));
      List<NumberView> found = pages.stream().flatMap(page -> page.numbers().stream())
          .filter(n -> n.id() == number.id()).toList();
      if (found.isEmpty() && !LastPage.is(pages.get(pages.size() - 1))) {
        continue; // how the search pages is OPEN: a full last page without a next link may not be all
      }
      if (found.size() != 1) {
        problems.add("the search by its cid, afid and sid finds number " + number.id() + " " + found.size() + " times");
      } else {
        SameFields.differences(number.normalized(), found.get(0).normalized())
            .forEach(difference -> problems.add("number " + number.id() + " as found, against the list: " + difference));
      }
    }
    Expect.that(problems.isEmpty(), String.join("\n", problems));
  }

  @Then("each one's XML carries every field of its JSON, under its dashed name and its type")
  public void xmlAsJson() {
    List<String> problems = new ArrayList<>();
    for (NumberView number : listed) {
      Answer xml = numbers.send(Call.show(number.id()).as("xml"));
      Expect.status(200, xml);
      XmlFields.number(xml.exchange().responseBody(), number.normalized())
          .forEach(difference -> problems.add("number " + number.id() + ": " + difference));
    }
    Expect.that(problems.isEmpty(), "the XML differs from the JSON:\n  - " + String.join("\n  - ", problems));
  }
}
