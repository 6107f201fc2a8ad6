package io.numberstoolkit.conformance;

import java.util.Locale;

/** The six endpoints of the numbers API, and OTHER for a request the suite sends off them. */
public enum Operation {
  LIST,
  SHOW,
  SEARCH,
  CREATE,
  UPDATE,
  DELETE,
  OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The operations of the API proper, in the order the docs list them. */
  public static final java.util.List<Operation> DOCUMENTED =
      java.util.List.of(LIST, SHOW, SEARCH, CREATE, UPDATE, DELETE);
}
