package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.conformance.client.Call;
import io.numberstoolkit.conformance.client.Exchange;

/**
 * One number the scenario created, as the oracle knows it: whose it is, how it was last seen to
 * be (the view every rule compares with), what the requests since must have done to it, and
 * where the list held it.
 */
final class TrackedNumber {
  private final long id;
  private final Call.Credentials tenant;
  private JsonNode agreed;
  private Effect pending;
  private Exchange cause;
  private Integer listPage;
  private boolean gone;

  TrackedNumber(long id, Call.Credentials tenant, JsonNode answered) {
    this.id = id;
    this.tenant = tenant;
    this.agreed = answered;
  }

  long id() {
    return id;
  }

  Call.Credentials tenant() {
    return tenant;
  }

  /** The number as last seen to agree with every rule (normalized). */
  JsonNode agreed() {
    return agreed;
  }

  Effect pending() {
    return pending;
  }

  /** The request whose effect the next check looks at. */
  Exchange cause() {
    return cause;
  }

  Integer listPage() {
    return listPage;
  }

  boolean gone() {
    return gone;
  }

  void affected(Effect effect, Exchange by) {
    pending = pending == null ? effect : pending.then(effect);
    cause = by;
  }

  boolean awaitsCheck() {
    return pending != null && !gone;
  }

  /** After a check: the number as shown now is what the next request's rules start from. */
  void checked(JsonNode shown, Integer page) {
    agreed = shown;
    pending = null;
    if (page != null) {
      listPage = page;
    }
  }

  void checkedGone() {
    pending = null;
    gone = true;
  }
}
