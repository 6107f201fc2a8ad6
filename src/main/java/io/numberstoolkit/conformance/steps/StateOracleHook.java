package io.numberstoolkit.conformance.steps;

import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.numberstoolkit.conformance.oracle.StateOracle;

/**
 * After every step that passed, the state oracle checks the numbers the step created, changed or
 * deleted against every view of the target; a step that failed has said what went wrong already.
 * Before each scenario it tells the oracle whether the scenario may assert our own choices.
 */
public final class StateOracleHook {
  private final StateOracle oracle;

  public StateOracleHook(StateOracle oracle) {
    this.oracle = oracle;
  }

  /** An id handed out again breaks only our choice: a breach in {@code @convention} scenarios alone. */
  @Before
  public void holdIdsNewInConventionScenarios(Scenario scenario) {
    oracle.holdIdsNew(scenario.getSourceTagNames().contains("@convention"));
  }

  @AfterStep
  public void checkTheNumbersTheStepTouched(Scenario scenario) {
    if (!scenario.isFailed()) {
      oracle.checkTouched();
    }
  }
}
