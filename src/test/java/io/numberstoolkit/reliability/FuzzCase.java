package io.numberstoolkit.reliability;

import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.simulator.support.SimulatorConventions;
import java.util.Optional;
import java.util.Set;

/**
 * One generated request and what may come back. {@code mustReject} cases are invalid by
 * construction and must get one of {@code rejections}; the others are unusual but possibly valid,
 * and may also succeed with the simulator's success status for their operation. A request that
 * names none of the API's operations (a path outside it, an odd method) has no operation.
 */
record FuzzCase(
    int index, Optional<Operation> operation, String family, RawRequest request, Set<Integer> rejections,
    boolean mustReject) {

  static FuzzCase rejected(Operation operation, String family, RawRequest request, Integer... statuses) {
    return new FuzzCase(-1, Optional.of(operation), family, request, Set.of(statuses), true);
  }

  static FuzzCase either(Operation operation, String family, RawRequest request, Integer... statuses) {
    return new FuzzCase(-1, Optional.of(operation), family, request, Set.of(statuses), false);
  }

  static FuzzCase rejectedOffTheApi(String family, RawRequest request, Integer... statuses) {
    return new FuzzCase(-1, Optional.empty(), family, request, Set.of(statuses), true);
  }

  static FuzzCase eitherOffTheApi(String family, RawRequest request, Integer... statuses) {
    return new FuzzCase(-1, Optional.empty(), family, request, Set.of(statuses), false);
  }

  FuzzCase numbered(int number) {
    return new FuzzCase(number, operation, family, request, rejections, mustReject);
  }

  /** True for a create, update or delete. */
  boolean writes() {
    return operation.map(Operation::writes).orElse(false);
  }

  /** The operation's label, or {@code none}. */
  String operationLabel() {
    return operation.map(Operation::label).orElse("none");
  }

  boolean allows(int status) {
    if (rejections.contains(status)) {
      return true;
    }
    // An OPTIONS preflight is answered 204 whatever the path (CORS).
    boolean success = operation.map(SimulatorConventions::successStatus).filter(s -> s == status).isPresent()
        || (request.method().equals("OPTIONS") && status == 204);
    return !mustReject && success;
  }

  String describe() {
    return "case " + index + " (" + operationLabel() + ", " + family + "; "
        + (mustReject ? "must be rejected with one of " : "may succeed, or be rejected with one of ")
        + rejections + ")\n" + request.describe();
  }
}
