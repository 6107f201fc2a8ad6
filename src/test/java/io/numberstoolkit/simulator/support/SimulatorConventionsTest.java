package io.numberstoolkit.simulator.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.contract.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A convention may only choose among what the docs allow. */
class SimulatorConventionsTest {
  @ParameterizedTest
  @EnumSource(Operation.class)
  void eachSuccessStatusIsOneTheDocsAllow(Operation operation) {
    int status = SimulatorConventions.successStatus(operation);
    assertTrue(operation.successStatuses().contains(status),
        operation.label() + " is answered " + status + ", not one of " + operation.successStatuses());
  }
}
