package io.numberstoolkit.conformance;

import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.net.URI;

/**
 * The target of the current run. {@code conform} names it explicitly; a run Cucumber starts itself
 * ({@code mvn verify}) takes it from system properties or the environment and, when neither names
 * a base URL, starts the simulator in-process once and checks that (the self-check).
 */
public final class ActiveTarget {
  /** The key and company the self-check starts the simulator with, so tenancy is checked too. */
  static final String SELF_CHECK_API_KEY = "self-check-key";

  static final long SELF_CHECK_COMPANY = 1;

  /** A second key, acting on a company of its own, so the tenancy scenarios run in the self-check. */
  static final String SELF_CHECK_OTHER_API_KEY = "self-check-other-key";

  static final long SELF_CHECK_OTHER_COMPANY = 2;

  private static TargetConfig chosen;
  private static Simulator simulator;

  private ActiveTarget() {}

  /** Runs the following scenarios against {@code config}, until {@link #clear()}. */
  public static synchronized void use(TargetConfig config) {
    chosen = config;
  }

  public static synchronized void clear() {
    chosen = null;
  }

  public static synchronized TargetConfig current() {
    if (chosen == null) {
      chosen = TargetConfig.fromEnvironment().orElseGet(ActiveTarget::selfCheck);
    }
    return chosen;
  }

  /** Stops the in-process simulator, if this class started one. */
  public static synchronized void release() {
    if (simulator != null) {
      simulator.stop();
      simulator = null;
      chosen = null;
    }
  }

  private static TargetConfig selfCheck() {
    try {
      simulator = Simulator.start(
          SimulatorOptions.builder().port(0).apiKey(SELF_CHECK_API_KEY, SELF_CHECK_COMPANY)
              .apiKey(SELF_CHECK_OTHER_API_KEY, SELF_CHECK_OTHER_COMPANY).build());
    } catch (Simulator.StartException e) {
      throw new IllegalStateException("the self-check cannot start the simulator: " + e.getMessage(), e);
    }
    return TargetConfig.at(URI.create(simulator.baseUrl()))
        .withCredentials(SELF_CHECK_API_KEY, SELF_CHECK_COMPANY)
        .withOtherTenant(SELF_CHECK_OTHER_API_KEY, SELF_CHECK_OTHER_COMPANY);
  }
}
