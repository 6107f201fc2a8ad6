package io.numberstoolkit.conformance.report;

import io.numberstoolkit.contract.Operation;

/** One thing the docs define for an operation: a status, a request parameter or a response field. */
public record CoverageItem(Operation operation, Kind kind, String name) {
  public enum Kind {
    STATUS("status", "statuses"),
    PARAMETER("parameter", "parameters"),
    FIELD("field", "fields");

    public final String label;
    public final String plural;

    Kind(String label, String plural) {
      this.label = label;
      this.plural = plural;
    }
  }
}
