package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.Operation;

/** One thing the docs define for an operation: a status, a request parameter or a response field. */
public record CoverageItem(Operation operation, Kind kind, String name) {
  public enum Kind {
    STATUS("status"),
    PARAMETER("parameter"),
    FIELD("field");

    public final String label;

    Kind(String label) {
      this.label = label;
    }
  }
}
