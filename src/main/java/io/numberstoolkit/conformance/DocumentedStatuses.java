package io.numberstoolkit.conformance;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The status codes the vendor documents, in one place. Where the docs leave a success status
 * OPEN, the set holds every possibility they allow: a conforming implementation may answer any.
 */
public final class DocumentedStatuses {
  /** The codes the vendor's error page documents; none is tied to a particular operation. */
  public static final List<Integer> ERRORS = List.of(400, 401, 403, 404, 405, 406, 410, 429, 500, 503);

  private DocumentedStatuses() {}

  /** The statuses a successful operation may answer with. */
  public static Set<Integer> success(Operation operation) {
    return switch (operation) {
      case LIST, SHOW, SEARCH -> Set.of(200);
      case CREATE -> Set.of(200, 201); // OPEN: 200 or 201
      case UPDATE, DELETE -> Set.of(200, 204); // OPEN: 200 with the number, or 204
      case OTHER -> Set.of();
    };
  }

  /** Every documented status of an operation, in order. */
  public static List<Integer> all(Operation operation) {
    TreeSet<Integer> all = new TreeSet<>(success(operation));
    all.addAll(ERRORS);
    return List.copyOf(all);
  }
}
