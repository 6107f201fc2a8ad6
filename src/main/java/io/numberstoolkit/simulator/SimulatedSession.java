package io.numberstoolkit.simulator;

import java.util.Map;

/**
 * One isolated session of a simulator: a state space of its own, created on first use as a copy
 * of the start-up state. The code under test names it on every API request, by the header (or,
 * from a browser, the query parameter) this handle gives:
 * <pre>{@code
 * SimulatedSession a = simulator.session("a");
 * HttpRequest.newBuilder(URI.create(a.baseUrl() + "/numbers.json")).header(SimulatedSession.HEADER, a.name())
 * a.numbers().create(...); a.verify(postRequestedFor("/numbers.json"));
 * }</pre>
 */
public final class SimulatedSession {
  /** The request header that names a session on the API. */
  public static final String HEADER = "X-Numbers-Session";
  /** The query parameter that names a session on the API, for a browser that cannot set headers. */
  public static final String QUERY_PARAMETER = "numbers_session";

  private final Simulator simulator;
  private final String name;

  SimulatedSession(Simulator simulator, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a session has a name that is not blank");
    }
    this.simulator = simulator;
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** The simulator's base URL: a session is not a URL of its own but a header on each request. */
  public String baseUrl() {
    return simulator.baseUrl();
  }

  /** The headers each API request of this session carries: {@code X-Numbers-Session: NAME}. */
  public Map<String, String> headers() {
    return Map.of(HEADER, name);
  }

  /** The query parameters that name this session instead of the header: {@code numbers_session=NAME}. */
  public Map<String, String> queryParameters() {
    return Map.of(QUERY_PARAMETER, name);
  }

  public SimulatedNumbers numbers() {
    return new SimulatedNumbers(simulator, name);
  }

  /** The requests sent in this session. */
  public ReceivedRequests requests() {
    return new ReceivedRequests(() -> simulator.receivedRequests().stream()
        .filter(r -> name.equals(r.session())).toList(), "session " + name);
  }

  public void verify(RequestPattern pattern) {
    requests().verify(pattern);
  }

  public void verify(RequestCount count, RequestPattern pattern) {
    requests().verify(count, pattern);
  }

  public void verifyNoViolations() {
    requests().verifyNoViolations();
  }

  /** Back to the start-up state; a session never used is left as it is (it starts there anyway). */
  public void reset() {
    simulator.spaces().reset(name);
  }
}
