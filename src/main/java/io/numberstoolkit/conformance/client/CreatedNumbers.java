package io.numberstoolkit.conformance.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers a scenario created and has not deleted itself: {@link ApiClient#cleanUp()} deletes
 * them after the scenario, pass or fail. Picocontainer hands one instance per scenario to the
 * client and to the steps that delete.
 */
public final class CreatedNumbers {
  private final Set<Long> ids = new LinkedHashSet<>();

  void created(long numberId) {
    ids.add(numberId);
  }

  /** Notes that the scenario deleted a number itself, so its clean-up need not. */
  public void deleted(long numberId) {
    ids.remove(numberId);
  }

  List<Long> toCleanUp() {
    return new ArrayList<>(ids);
  }
}
