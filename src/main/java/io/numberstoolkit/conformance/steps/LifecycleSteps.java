package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Then;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a number's life leaves in the list, and the ids a target hands out. */
public final class LifecycleSteps {
  private static final Pattern MEMBER = Pattern.compile("/numbers/([0-9]+)\\.");

  private final Numbers numbers;

  public LifecycleSteps(Numbers numbers) {
    this.numbers = numbers;
  }

  @Then("no page of the list holds the number")
  public void noPageHoldsIt() {
    long id = numbers.current().id();
    List<NumberView> listed = numbers.all(Call.list());
    Expect.that(listed.stream().noneMatch(n -> n.id() == id), "number " + id + " is on a page of the list");
  }

  @Then("it has a new id, not the deleted number's")
  public void newId() {
    long deleted = numbers.history().stream()
        .filter(answer -> answer.exchange().method().equals("DELETE") && answer.successful())
        .map(LifecycleSteps::idOf)
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("the scenario deleted no number"));
    Expect.that(numbers.current().id() != deleted, "the new number was handed out the deleted number's id " + deleted);
  }

  private static long idOf(Answer answer) {
    Matcher id = MEMBER.matcher(answer.exchange().url());
    if (!id.find()) {
      throw new IllegalStateException("not a request for one number: " + answer.exchange().url());
    }
    return Long.parseLong(id.group(1));
  }
}
