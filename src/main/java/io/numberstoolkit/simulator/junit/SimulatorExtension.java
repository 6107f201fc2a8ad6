package io.numberstoolkit.simulator.junit;

import io.numberstoolkit.simulator.ReceivedRequests;
import io.numberstoolkit.simulator.RequestCount;
import io.numberstoolkit.simulator.RequestPattern;
import io.numberstoolkit.simulator.SimulatedNumbers;
import io.numberstoolkit.simulator.SimulatedSession;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a JUnit 5 test class a running simulator on a free port, back at its start-up state
 * before each test. Declare it with {@code @ExtendWith(SimulatorExtension.class)} and take a
 * {@link Simulator} parameter, or register it with options:
 * <pre>{@code
 * @RegisterExtension
 * static SimulatorExtension simulator =
 *     new SimulatorExtension(SimulatorOptions.builder().apiKey("secret", 7L).build());
 * ... simulator.baseUrl() ...
 * simulator.numbers().create(NewNumber.tollFree("0001", "0001"));    // arrange
 * simulator.verify(exactly(1), postRequestedFor("/numbers.json"));   // verify
 * }</pre>
 */
public final class SimulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {
  private final SimulatorOptions options;
  private Simulator simulator;

  public SimulatorExtension() {
    this(SimulatorOptions.defaults());
  }

  /** The options' port is ignored: the simulator always takes a free one. */
  public SimulatorExtension(SimulatorOptions options) {
    this.options = options.toBuilder().port(0).build();
  }

  public Simulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("the simulator starts before the test class's first test");
    }
    return simulator;
  }

  public String baseUrl() {
    return simulator().baseUrl();
  }

  /** The shared space's numbers: see {@link Simulator#numbers()}. */
  public SimulatedNumbers numbers() {
    return simulator().numbers();
  }

  /** An isolated session: see {@link Simulator#session(String)}. */
  public SimulatedSession session(String name) {
    return simulator().session(name);
  }

  /** The requests received since the last reset (before each test): see {@link Simulator#requests()}. */
  public ReceivedRequests requests() {
    return simulator().requests();
  }

  public void verify(RequestPattern pattern) {
    simulator().verify(pattern);
  }

  public void verify(RequestCount count, RequestPattern pattern) {
    simulator().verify(count, pattern);
  }

  public void verifyNoViolations() {
    simulator().verifyNoViolations();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Simulator.StartException {
    simulator = Simulator.start(options);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator().reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.stop();
      simulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Simulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    return simulator();
  }
}
