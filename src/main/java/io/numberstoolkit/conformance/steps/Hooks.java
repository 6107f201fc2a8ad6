package io.numberstoolkit.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.numberstoolkit.conformance.ActiveTarget;
import io.numberstoolkit.conformance.client.ApiClient;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.RunLedger;
import io.numberstoolkit.conformance.client.ScenarioContext;
import io.numberstoolkit.conformance.report.RunSummary;
import java.util.List;

/**
 * Before each scenario: check its tags and note what it is, and fail it as not run once the run
 * has used up its --max-run-seconds. After it, pass or fail: delete every number it created, and
 * attach its last exchange to a failed scenario's report.
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
    RunLedger.current().keepSecret(context.target().otherApiKey());
    context.begin(scenario.getId(), scenario.getName(), scenario.getSourceTagNames());
    api.runDeadlineReached().ifPresent(reason -> {
      throw new AssertionError(RunSummary.NOT_RUN + reason);
    });
  }

  @After(order = 0)
  public void cleanUp(Scenario scenario) {
    if (scenario.isFailed()) {
      List<Exchange> own = RunLedger.current().scenario(context.id()).ownExchanges();
      if (!own.isEmpty()) {
        String last = RunLedger.current().masked(RunSummary.describe(own.get(own.size() - 1)));
        scenario.attach(last, "text/plain", "last HTTP exchange");
      }
    }
    api.cleanUp();
  }
}
