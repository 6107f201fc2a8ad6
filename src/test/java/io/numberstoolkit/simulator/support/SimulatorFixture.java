package io.numberstoolkit.simulator.support;

import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one set-up every acceptance class shares, so a class states only what differs (its
 * options): a simulator for the class, started through the public {@link SimulatorExtension}, and
 * a {@link NumbersClient} for it whose every answer is checked against the contract.
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.defaults());
 * private final NumbersClient api = simulator.client();
 * }</pre>
 * The test instance is made after the simulator starts, so a field may take the client.
 */
public final class SimulatorFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private final SimulatorExtension extension;
  private final boolean resetBeforeEachTest;

  private SimulatorFixture(SimulatorOptions options, boolean resetBeforeEachTest) {
    this.extension = new SimulatorExtension(options);
    this.resetBeforeEachTest = resetBeforeEachTest;
  }

  /** A simulator back at its start-up state before each test (numbers, sessions, faults, log). */
  public static SimulatorFixture startedWith(SimulatorOptions options) {
    return new SimulatorFixture(options, true);
  }

  /**
   * A simulator that keeps its state from test to test: for a class that builds its numbers once in
   * {@code @BeforeAll} and only reads them.
   */
  public static SimulatorFixture sharedAcrossTestsWith(SimulatorOptions options) {
    return new SimulatorFixture(options, false);
  }

  public String baseUrl() {
    return extension.baseUrl();
  }

  /** A new client for the simulator, with nothing on its requests yet. */
  public NumbersClient client() {
    return NumbersClient.of(baseUrl());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    extension.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (resetBeforeEachTest) {
      extension.beforeEach(context);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    extension.afterAll(context);
  }
}
