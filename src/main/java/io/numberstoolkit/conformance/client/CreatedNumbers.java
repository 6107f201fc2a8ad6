package io.numberstoolkit.conformance.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers a scenario created and has not deleted itself: {@link ApiClient#cleanUp()} deletes
 * them after the scenario, pass or fail. Picocontainer hands one instance per scenario to the
 * client and to the steps that delete. Each number is deleted as the tenant that created it.
 */
public final class CreatedNumbers {
  private final Map<Long, Call.Credentials> tenants = new LinkedHashMap<>();

  void created(long numberId, Call.Credentials tenant) {
    tenants.put(numberId, tenant);
  }

  /** Notes that the scenario deleted a number itself, so its clean-up need not. */
  public void deleted(long numberId) {
    tenants.remove(numberId);
  }

  /** The numbers to delete, each with the credentials of the tenant that owns it. */
  Map<Long, Call.Credentials> toCleanUp() {
    return new LinkedHashMap<>(tenants);
  }
}
