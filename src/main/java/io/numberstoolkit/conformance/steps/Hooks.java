package io.numberstoolkit.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.numberstoolkit.conformance.ActiveTarget;
import io.numberstoolkit.conformance.Exchange;
import io.numberstoolkit.conformance.report.RunLedger;
import io.numberstoolkit.conformance.report.RunSummary;
import io.numberstoolkit.conformance.report.ScenarioRecord;
import java.util.List;

/**
 * Before each scenario: check its tags and note what it is. After it, pass or fail: delete every
 * number it created, and attach its last exchange to a failed scenario's report.
 */
public final class Hooks {
  private final ScenarioContext context;
  private final ApiClient api;

  public Hooks(ScenarioContext context, ApiClient api) {
    this.context = context;
    this.api = api;
  }

  /** Resolves the target once, before any scenario (starting the simulator for a self-check). */
  @BeforeAll
  public static void chooseTarget() {
    ActiveTarget.current();
  }

  @AfterAll
  public static void releaseTarget() {
    ActiveTarget.release();
  }

  @Before(order = 0)
  public void begin(Scenario scenario) {
    RunLedger.current().keepSecret(context.target().apiKey());
    context.begin(scenario);
  }

  @After(order = 0)
  public void cleanUp(Scenario scenario) {
    ScenarioRecord record = RunLedger.current().scenario(context.id());
    if (scenario.isFailed()) {
      List<Exchange> own = record.ownExchanges();
      if (!own.isEmpty()) {
        String last = RunLedger.current().masked(RunSummary.describe(own.get(own.size() - 1)));
        scenario.attach(last, "text/plain", "last HTTP exchange");
      }
    }
    for (long id : context.toCleanUp()) {
      int status = api.cleanUp(id);
      boolean gone = (status >= 200 && status < 300) || status == 404 || status == 410;
      if (!gone) {
        record.leftBehind("number " + id + " on " + context.target().baseUrl() + " (its delete answered "
            + (status == Exchange.NO_ANSWER ? "nothing" : status) + ")");
      }
    }
  }
}
