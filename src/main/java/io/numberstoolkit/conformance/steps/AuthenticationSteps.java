package io.numberstoolkit.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.ScenarioContext;
import org.opentest4j.TestAbortedException;

/** The API key and the company, in the query or at the root of the body. */
public final class AuthenticationSteps {
  private final Numbers numbers;
  private final ScenarioContext context;

  public AuthenticationSteps(Numbers numbers, ScenarioContext context) {
    this.numbers = numbers;
    this.context = context;
  }

  @Given("the target requires an API key")
  public void requiresApiKey() {
    if (context.target().apiKey() == null) {
      throw new TestAbortedException("skipped: no API key is configured for the target (--api-key)");
    }
  }

  @Given("a company id is configured")
  public void companyConfigured() {
    if (context.target().companyId() == null) {
      throw new TestAbortedException("skipped: no company id is configured for the target (--company-id)");
    }
  }

  @When("I list the numbers without an API key")
  public void listWithoutKey() {
    numbers.send(Call.list().with(Call.Credentials.NONE));
  }

  @When("I list the numbers with a wrong API key")
  public void listWithWrongKey() {
    numbers.send(Call.list().with(Call.Credentials.WRONG_KEY));
  }

  @When("I search for {campaign}, our affiliate and a sub id nobody uses, without an API key")
  public void searchWithoutKey(String cid) {
    numbers.send(Call.search(cid, context.target().afid(), context.unique("nobody")).with(Call.Credentials.NONE));
  }

  @When("I show a number that does not exist, without an API key")
  public void showWithoutKey() {
    numbers.send(Call.show(numbers.unknownId()).with(Call.Credentials.NONE));
  }

  @When("I try to create a number for {campaign} without an API key")
  public void createWithoutKey(String cid) {
    numbers.rememberIds();
    NumberRequest request = numbers.newRequest(cid);
    numbers.create(request, Call.create(request.body()).with(Call.Credentials.NONE));
  }

  @When("I create a number for {campaign} with the API key in the body")
  public void createWithKeyInBody(String cid) {
    NumberRequest request = numbers.newRequest(cid);
    numbers.create(request, Call.create(request.body()).with(Call.Credentials.IN_BODY));
  }

  @When("I list the numbers of a company the key may not act on")
  public void listForeignCompany() {
    numbers.send(Call.list().with(Call.Credentials.FOREIGN_COMPANY));
  }

  @When("I list the numbers naming the company")
  public void listNamingCompany() {
    numbers.send(Call.list().with(Call.Credentials.CONFIGURED));
  }

  @When("I create a number for {campaign} naming the company in the body")
  public void createNamingCompanyInBody(String cid) {
    createWithKeyInBody(cid);
  }
}
