package io.numberstoolkit.conformance.oracle;

import io.numberstoolkit.conformance.Printable;
import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.conformance.client.RunLedger;

/** A rule one view of one number broke, with the exchange that showed it. */
record Breach(Rule rule, long numberId, String view, Exchange exchange, String detail) {
  private static final int BODY_SHOWN = 300;

  static Breach of(Finding finding, long numberId, String view, Exchange exchange) {
    return new Breach(finding.rule(), numberId, view, exchange, finding.describe());
  }

  /** The same rule broken in the same view of the same number: one heading, several details. */
  boolean sameHeading(Breach other) {
    return rule == other.rule && numberId == other.numberId && view.equals(other.view) && exchange == other.exchange;
  }

  String heading() {
    return "number " + numberId + ", " + view + ": " + rule.sentence() + " (" + rule.source() + ")";
  }

  static String exchange(Exchange exchange) {
    if (exchange == null) {
      return "(no exchange)";
    }
    String answer = !exchange.answered() ? exchange.failure()
        : exchange.status() + (exchange.hasBody() ? " " + Printable.line(exchange.responseBody(), BODY_SHOWN) : " (no body)");
    return RunLedger.current().masked(exchange.method() + " " + exchange.url() + " -> " + answer);
  }
}
