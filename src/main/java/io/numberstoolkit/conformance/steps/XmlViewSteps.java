package io.numberstoolkit.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.NumberView;
import io.numberstoolkit.conformance.oracle.XmlFields;
import java.util.List;

/** The XML view held against the JSON view, field by field, under the documented names and types. */
public final class XmlViewSteps {
  private final Numbers numbers;
  private Answer json;
  private Answer xml;

  public XmlViewSteps(Numbers numbers) {
    this.numbers = numbers;
  }

  @When("I ask for the number in JSON and in XML")
  public void showInBoth() {
    inBoth(Call.show(numbers.current().id()));
  }

  @When("I ask for the first page of the list in JSON and in XML")
  public void listInBoth() {
    inBoth(Call.list());
  }

  @When("I ask for the number's search in JSON and in XML")
  public void searchInBoth() {
    NumberView number = numbers.current();
    inBoth(Call.search(number.cid(), number.afid(), number.sid()));
  }

  @Then("the XML carries every field of the JSON, under its dashed name and its type")
  public void xmlCarriesEveryField() {
    List<String> differences = json.body().isArray()
        ? XmlFields.list(xml.exchange().responseBody(), normalized(json.numbers()))
        : XmlFields.number(xml.exchange().responseBody(), json.number().normalized());
    Expect.that(differences.isEmpty(), "the XML answer differs from the JSON answer:\n  - " + String.join("\n  - ", differences));
  }

  private void inBoth(Call call) {
    json = numbers.send(call);
    xml = numbers.send(call.as("xml"));
    Expect.status(200, json);
    Expect.status(200, xml);
  }

  static List<JsonNode> normalized(List<NumberView> views) {
    return views.stream().map(NumberView::normalized).toList();
  }
}
