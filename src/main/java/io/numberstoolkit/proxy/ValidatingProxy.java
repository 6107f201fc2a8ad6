package io.numberstoolkit.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.proxy.record.NumberRecorder;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.http.GuardedServers;
import io.numberstoolkit.simulator.http.HttpLayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A validating proxy in front of an implementation of the numbers API: WireMock forwards every
 * request to the target unchanged through one {@code proxiedFrom} stub, and {@link
 * ExchangeChecker} judges each answer against the contract on its way back. The same class serves
 * the {@code proxy} command and Java tests:
 * <pre>{@code
 * try (ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to("http://127.0.0.1:8080"))) {
 *   String url = proxy.baseUrl() + "/numbers.json";
 * }
 * }</pre>
 * It is guarded as the simulator is ({@link GuardedServers}): loopback by default, the Host check,
 * bounded bodies, the admin API for this machine only unless an admin key is given.
 */
public final class ValidatingProxy implements AutoCloseable {
  /** How many deleted ids the rule "a deleted number is gone" remembers. */
  static final int DELETED_IDS_KEPT = 100_000;

  private final WireMockServer server;
  private final ProxyOptions options;
  private final ViolationLog log;
  private final NumberRecorder recorder;
  private boolean stopped;

  private ValidatingProxy(WireMockServer server, ProxyOptions options, ViolationLog log, NumberRecorder recorder) {
    this.server = server;
    this.options = options;
    this.log = log;
    this.recorder = recorder;
  }

  public static ValidatingProxy start(ProxyOptions options) throws StartException {
    URI target = options.target();
    if (target == null || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))
        || target.getHost() == null || target.getRawQuery() != null) {
      throw new StartException("--target takes http(s)://HOST[:PORT][/PATH], like http://127.0.0.1:8080, not '" + target + "'");
    }
    ContractValidator.shared(); // the schemas load now, not on the first exchange
    ViolationLog log = new ViolationLog(options.logSize());
    NumberRecorder recorder = options.recordFile() == null ? null : new NumberRecorder();
    ExchangeChecker checker = new ExchangeChecker(new ExchangeRules(new DeletedIds(DELETED_IDS_KEPT)), log, recorder,
        options.strict(), target, options.printer());
    TargetClient client = new TargetClient(options.connectTimeout(), options.timeout(), options.maxBodyBytes());
    WireMockConfiguration config = WireMockConfiguration.options()
        .port(options.port())
        .bindAddress(options.bindAddress())
        .extensionScanningEnabled(false)
        .extensions(checker, new ProxyAdminApi(log))
        .disableRequestJournal()
        .http2PlainDisabled(true) // HTTP/1.1 only, as the simulator it guards like
        .stubRequestLoggingDisabled(true)
        .httpClientFactory(TargetClient.factory(client))
        .httpServerFactory(GuardedServers.of(options.maxBodyBytes(), options.bindAddress(), null,
            options.adminKey(), false, options.allowedOrigins()))
        .jettyAcceptors(1)
        // The checked answer is whole before it is written: a Content-Length lets Jetty send head
        // and body in one write, where chunking costs a second write for the last chunk.
        .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
        .mappingSource(HttpLayer.NO_STUB_FILES)
        .notifier(new ConsoleNotifier(false));
    WireMockServer server = new WireMockServer(config);
    try {
      server.start();
    } catch (RuntimeException e) {
      throw new StartException("cannot listen on " + options.bindAddress() + ":" + options.port() + ": " + rootMessage(e));
    }
    server.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(target.toString())));
    return new ValidatingProxy(server, options, log, recorder);
  }

  /** The URL clients send their requests to instead of the target's. */
  public String baseUrl() {
    String bind = options.bindAddress();
    String host = Simulator.isWildcard(bind) ? "127.0.0.1" : bind;
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  public int port() {
    return server.port();
  }

  /** How many exchanges passed, and how many broke the contract. */
  public long exchanges() {
    return log.exchanges();
  }

  public long exchangesWithViolations() {
    return log.withViolations();
  }

  /** Every violation kept, oldest first. */
  public List<ProxyViolation> violations() {
    List<ProxyViolation> all = new ArrayList<>();
    log.entries().forEach(entry -> all.addAll(entry.violations()));
    return all;
  }

  /**
   * Stops listening, then writes the reports and the recording: once, whichever of {@code close}
   * and a shutdown hook comes first. What could not be written is said in the exception.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    server.stop();
    try {
      if (options.reportDir() != null) {
        ProxyReports.write(options.reportDir(), options.target().toString(), log);
      }
      if (recorder != null) {
        recorder.write(options.recordFile());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the proxy's reports: " + e.getMessage(), e);
    }
  }

  /** What the recording holds, for the command's last words. */
  public String recorded() {
    if (recorder == null) {
      return "";
    }
    String leftOut = recorder.leftOut();
    return recorder.size() + " numbers recorded to " + options.recordFile() + (leftOut.isEmpty() ? "" : "; left out: " + leftOut);
  }

  @Override
  public void close() {
    stop();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  /** The proxy could not start; the message says why in words a user can act on. */
  public static final class StartException extends Exception {
    public StartException(String message) {
      super(message);
    }
  }
}
