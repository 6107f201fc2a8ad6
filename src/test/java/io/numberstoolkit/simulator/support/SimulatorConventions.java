package io.numberstoolkit.simulator.support;

import io.numberstoolkit.contract.Operation;
import java.util.EnumMap;
import java.util.Map;

/**
 * The status the simulator answers each operation's success with. The docs leave create, update
 * and delete OPEN; the simulator's choice (201, 200 with the number, 204) is its convention
 * ({@code contracts/simulator-conventions.md}), and this is the one place the test helpers take it
 * from.
 */
public final class SimulatorConventions {
  private static final Map<Operation, Integer> SUCCESS_STATUS = new EnumMap<>(Map.of(
      Operation.LIST, 200,
      Operation.SHOW, 200,
      Operation.SEARCH, 200,
      Operation.CREATE, 201,
      Operation.UPDATE, 200,
      Operation.DELETE, 204));

  private SimulatorConventions() {}

  public static int successStatus(Operation operation) {
    return SUCCESS_STATUS.get(operation);
  }
}
