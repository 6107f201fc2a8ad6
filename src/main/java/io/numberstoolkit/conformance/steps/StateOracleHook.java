package io.numberstoolkit.conformance.steps;

import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import io.numberstoolkit.conformance.oracle.StateOracle;

/**
 * After every step that passed, the state oracle checks the numbers the step created, changed or
 * deleted against every view of the target; a step that failed has said what went wrong already.
 */
public final class StateOracleHook {
  private final StateOracle oracle;

  public StateOracleHook(StateOracle oracle) {
    this.oracle = oracle;
  }

  @AfterStep
  public void checkTheNumbersTheStepTouched(Scenario scenario) {
    if (!scenario.isFailed()) {
      oracle.checkTouched();
    }
  }
}
