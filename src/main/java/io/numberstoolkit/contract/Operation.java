package io.numberstoolkit.contract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The six endpoints of the numbers API, in the order the docs list them: the method each is sent
 * with, the schema a successful answer's body follows, and the success statuses the documents
 * allow. Where the docs leave a success status OPEN, the set holds every possibility: a conforming
 * implementation may answer any of them (the simulator's own choice is in {@code
 * contracts/simulator-conventions.md}).
 */
public enum Operation {
  LIST("GET", Schema.NUMBER_LIST, Set.of(200)),
  SHOW("GET", Schema.NUMBER_ENVELOPE, Set.of(200)),
  SEARCH("GET", Schema.NUMBER_LIST, Set.of(200)),
  /** OPEN: 200 or 201. */
  CREATE("POST", Schema.NUMBER_ENVELOPE, Set.of(200, 201)),
  /** OPEN: 200 with the number, or 204. */
  UPDATE("PUT", Schema.NUMBER_ENVELOPE, Set.of(200, 204)),
  /** OPEN: 200 with the number, or 204. */
  DELETE("DELETE", Schema.NUMBER_ENVELOPE, Set.of(200, 204));

  /** The statuses the vendor's error page documents; none is tied to a particular operation. */
  public static final List<Integer> ERROR_STATUSES = List.of(400, 401, 403, 404, 405, 406, 410, 429, 500, 503);

  private final String method;
  private final Schema successSchema;
  private final Set<Integer> successStatuses;

  Operation(String method, Schema successSchema, Set<Integer> successStatuses) {
    this.method = method;
    this.successSchema = successSchema;
    this.successStatuses = successStatuses;
  }

  /** The HTTP method: GET, POST, PUT or DELETE. */
  public String method() {
    return method;
  }

  /** The schema of a successful answer's body, when it has one (a 204 has none). */
  public Schema successSchema() {
    return successSchema;
  }

  /** Every success status the documents allow for this operation. */
  public Set<Integer> successStatuses() {
    return successStatuses;
  }

  /** Every status the documents name for this operation, in order: its successes and the errors. */
  public List<Integer> documentedStatuses() {
    TreeSet<Integer> all = new TreeSet<>(successStatuses);
    all.addAll(ERROR_STATUSES);
    return List.copyOf(all);
  }

  /** True for list and search, which answer an array of numbers. */
  public boolean answersList() {
    return successSchema == Schema.NUMBER_LIST;
  }

  /** True for create, update and delete. */
  public boolean writes() {
    return !method.equals("GET");
  }

  /** The operation's name as reports print it: {@code list}, {@code show}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
