package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Answer;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.contract.XmlDocuments;
import io.numberstoolkit.contract.XmlRejectedException;
import org.w3c.dom.Element;

/** JSON and Rails-style XML. */
public final class FormatSteps {
  private final Numbers numbers;
  private Answer json;
  private Answer xml;

  public FormatSteps(Numbers numbers) {
    this.numbers = numbers;
  }

  @Then("the answer is JSON")
  public void isJson() {
    Answer answer = numbers.last();
    Expect.equal("application/json", answer.exchange().mediaType(), "Content-Type");
    Expect.that(answer.body() != null, "the answer has no JSON body");
  }

  @Then("the answer is Rails-style XML with the root element {string}")
  public void isRailsXml(String root) {
    railsXml(numbers.last(), root);
  }

  @When("I show the number as JSON and as XML")
  public void showInBothFormats() {
    long id = numbers.current().id();
    json = numbers.send(Call.show(id));
    xml = numbers.send(Call.show(id).as("xml"));
    Expect.status(200, json);
    Expect.status(200, xml);
  }

  @Then("the XML answer is Rails-style XML with the root element {string}")
  public void xmlAnswerIsRailsXml(String root) {
    railsXml(xml, root);
  }

  @Then("both answers carry the same number")
  public void sameNumber() {
    Expect.equal(json.number().normalized(), xml.number().normalized(), "the number in XML, read as JSON");
  }

  /** text/xml or application/xml, the given root element, {@code type="array"} on a list's root. */
  private static void railsXml(Answer answer, String root) {
    Expect.that(answer.exchange().isXml(),
        "Content-Type: expected text/xml or application/xml, got " + answer.exchange().header("Content-Type"));
    Element element = documentElement(answer.exchange().responseBody());
    Expect.equal(root, element.getTagName(), "the root element");
    if (answer.body() != null && answer.body().isArray()) {
      Expect.equal("array", element.getAttribute("type"), "the type attribute of <" + root + ">");
    }
  }

  private static Element documentElement(String xml) {
    try {
      return XmlDocuments.root(xml);
    } catch (XmlRejectedException e) {
      throw new AssertionError("the answer is not well-formed XML: " + e.getMessage());
    }
  }
}
