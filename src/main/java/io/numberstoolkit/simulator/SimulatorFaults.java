package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.http.HttpLayer;
import java.time.Duration;

/**
 * The fault switch from a Java test, as {@code PUT /__admin/numbers/faults} sets it and by the same
 * rules: each call changes one part and keeps the others, until {@link #clear()} (or a reset).
 * Naming a fault while the switch is off faults every request; {@link #rate(double)} makes it a
 * share of them.
 * <pre>{@code
 * simulator.faults().status(503);                     // every API request answered 503
 * simulator.faults().status(500).rate(0.2);           // one in five answered 500
 * simulator.faults().connection(ConnectionFault.EMPTY_RESPONSE);
 * simulator.faults().delay(Duration.ofMillis(800));   // every answer 800 ms late
 * simulator.faults().clear();
 * }</pre>
 * A header {@code X-Numbers-Fault} on a request wins over the switch for that request.
 */
public final class SimulatorFaults {
  /** WireMock's connection faults, as the simulator carries them out. */
  public enum ConnectionFault {
    /** The connection is reset (TCP RST) before any answer. */
    CONNECTION_RESET_BY_PEER,
    /** The connection is closed without a byte sent. */
    EMPTY_RESPONSE,
    /** A status line and headers, then a chunked body that breaks off. */
    MALFORMED_RESPONSE_CHUNK,
    /** Garbage bytes, then the connection closed. */
    RANDOM_DATA_THEN_CLOSE
  }

  private final HttpLayer http;

  SimulatorFaults(HttpLayer http) {
    this.http = http;
  }

  /** Answers with this status (400 to 599) and the API's error body instead of serving. */
  public SimulatorFaults status(int status) {
    ObjectNode setting = fault();
    setting.put("status", status);
    setting.putNull("fault");
    return switched(setting);
  }

  /** Breaks the connection this way instead of answering. */
  public SimulatorFaults connection(ConnectionFault fault) {
    ObjectNode setting = fault();
    setting.putNull("status");
    setting.put("fault", fault.name());
    return switched(setting);
  }

  /** Delays the answer (up to a minute), faulted or not. */
  public SimulatorFaults delay(Duration delay) {
    ObjectNode setting = fault();
    setting.put("delay_ms", delay.toMillis());
    return switched(setting);
  }

  /** The share of requests faulted, from 0 to 1. */
  public SimulatorFaults rate(double rate) {
    ObjectNode setting = http.faultSetting();
    setting.put("rate", rate);
    return switched(setting);
  }

  /** The switch off: every request served as it asks (a header may still fault one). */
  public void clear() {
    ObjectNode off = http.faultSetting();
    off.put("rate", 0).putNull("status").putNull("fault").put("delay_ms", 0);
    http.switchFaults(off);
  }

  /** The setting now, as {@code GET /__admin/numbers/faults} shows it. */
  @Override
  public String toString() {
    return http.faultSetting().toString();
  }

  /** The current setting, faulting every request if it was off. */
  private ObjectNode fault() {
    ObjectNode setting = http.faultSetting();
    if (setting.path("rate").asDouble() == 0) {
      setting.put("rate", 1.0);
    }
    return setting;
  }

  private SimulatorFaults switched(ObjectNode setting) {
    http.switchFaults(setting);
    return this;
  }
}
