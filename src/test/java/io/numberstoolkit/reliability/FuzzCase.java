package io.numberstoolkit.reliability;

import java.util.Set;

/**
 * One generated request and what may come back. {@code mustReject} cases are invalid by
 * construction and must get one of {@code rejections}; the others are unusual but possibly valid,
 * and may also succeed with {@code success}.
 */
record FuzzCase(
    int index, Endpoint endpoint, String family, RawRequest request, Set<Integer> rejections,
    boolean mustReject) {

  /** The six endpoints, and requests that name none of them. */
  enum Endpoint {
    LIST(200), SHOW(200), SEARCH(200), CREATE(201), UPDATE(200), DELETE(204), NONE(200);

    final int success;

    Endpoint(int success) {
      this.success = success;
    }

    boolean writes() {
      return this == CREATE || this == UPDATE || this == DELETE;
    }
  }

  static FuzzCase rejected(Endpoint endpoint, String family, RawRequest request, Integer... statuses) {
    return new FuzzCase(-1, endpoint, family, request, Set.of(statuses), true);
  }

  static FuzzCase either(Endpoint endpoint, String family, RawRequest request, Integer... statuses) {
    return new FuzzCase(-1, endpoint, family, request, Set.of(statuses), false);
  }

  FuzzCase numbered(int number) {
    return new FuzzCase(number, endpoint, family, request, rejections, mustReject);
  }

  boolean allows(int status) {
    if (rejections.contains(status)) {
      return true;
    }
    // An OPTIONS preflight is answered 204 whatever the path (CORS).
    boolean success = status == endpoint.success
        || (request.method().equals("OPTIONS") && status == 204);
    return !mustReject && success;
  }

  String describe() {
    return "case " + index + " (" + endpoint + ", " + family + "; "
        + (mustReject ? "must be rejected with one of " : "may succeed, or be rejected with one of ")
        + rejections + ")\n" + request.describe();
  }
}
