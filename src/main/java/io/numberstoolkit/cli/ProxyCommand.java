package io.numberstoolkit.cli;

import io.numberstoolkit.proxy.ProxyOptions;
import io.numberstoolkit.proxy.ValidatingProxy;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code proxy}: a validating proxy in front of an implementation, until Ctrl-C. */
@Command(
    name = "proxy",
    mixinStandardHelpOptions = true,
    description = "Forwards every request to --target unchanged and checks each exchange against the contract:"
        + " a line per exchange, violations in the X-Numbers-Violations header, the admin log and the reports.")
public final class ProxyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--target", required = true, paramLabel = "URL",
      description = "The implementation to forward to, like http://127.0.0.1:8080.")
  String target;

  @Option(names = "--port", defaultValue = "8081", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = ProxyOptions.DEFAULT_BIND_ADDRESS,
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--admin-key", paramLabel = "KEY", defaultValue = "${env:NUMBERS_ADMIN_KEY}",
      description = "The admin API asks for Authorization: Bearer KEY (default: $NUMBERS_ADMIN_KEY). Without one it answers this machine only.")
  String adminKey;

  @Option(names = "--allow-origin", paramLabel = "ORIGIN",
      description = "A web page origin the admin API answers; repeatable (default: the loopback origins of the port).")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(names = "--strict", description = "Answer a violating answer with a 502 naming its violations instead of passing it on.")
  boolean strict;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write junit.xml and violations.json to DIR when the proxy stops (Ctrl-C or SIGTERM too).")
  Path report;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Write the numbers seen to FILE when the proxy stops, as a state file simulate --state loads.")
  Path record;

  @Option(names = "--connect-timeout-ms", paramLabel = "MS", defaultValue = "5000",
      description = "How long a connection to the target may take (default: ${DEFAULT-VALUE}); then 504.")
  long connectTimeoutMs;

  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "30000",
      description = "How long the target's whole answer may take (default: ${DEFAULT-VALUE}); then 504.")
  long timeoutMs;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "" + ProxyOptions.DEFAULT_MAX_BODY_BYTES,
      description = "Larger request bodies are answered 413, larger target answers 502 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--log-size", paramLabel = "N", defaultValue = "" + ProxyOptions.DEFAULT_LOG_SIZE,
      description = "How many exchanges with violations the admin log and the reports keep (default: ${DEFAULT-VALUE}).")
  int logSize;

  @Option(names = {"-q", "--quiet"}, description = "Print no line per exchange.")
  boolean quiet;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProxyOptions options = options();
    if (!quiet) {
      options = options.printTo(line -> {
        synchronized (out) {
          out.println(line);
          out.flush();
        }
      });
    }
    ValidatingProxy proxy;
    try {
      proxy = ValidatingProxy.start(options);
    } catch (ValidatingProxy.StartException e) {
      err.println("proxy: " + e.getMessage());
      err.flush();
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        proxy.stop();
        err.println("proxy: " + proxy.exchanges() + " exchanges, " + proxy.exchangesWithViolations() + " with violations"
            + (report == null ? "" : "; reports in " + report) + (record == null ? "" : "; " + proxy.recorded()));
      } catch (RuntimeException e) {
        err.println("proxy: " + e.getMessage());
      }
      err.flush();
      stopped.countDown();
    }, "proxy-shutdown"));
    out.println("Validating proxy at " + proxy.baseUrl() + " -> " + options.target() + (strict ? " (strict)" : ""));
    out.println("  violations:  X-Numbers-Violations header; GET " + proxy.baseUrl() + "/__admin/numbers/proxy/violations");
    if (report != null) {
      out.println("  reports:     " + report.resolve("junit.xml") + ", " + report.resolve("violations.json") + " at stop");
    }
    if (record != null) {
      out.println("  recording:   " + record + " at stop");
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }

  ProxyOptions options() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535 (0 picks a free port), not " + port);
    }
    if (connectTimeoutMs < 1 || timeoutMs < 1 || maxBodyBytes < 1 || logSize < 0) {
      throw new ParameterException(spec.commandLine(),
          "--connect-timeout-ms, --timeout-ms and --max-body-bytes must be at least 1, --log-size not negative");
    }
    if (adminKey != null && adminKey.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--admin-key (or NUMBERS_ADMIN_KEY) must not be empty");
    }
    URI uri;
    try {
      uri = URI.create(target.replaceAll("/+$", ""));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--target takes a URL like http://127.0.0.1:8080, not '" + target + "'");
    }
    return ProxyOptions.to(uri.toString())
        .listen(port, bind, adminKey, allowedOrigins)
        .strict(strict).reportTo(report).recordTo(record)
        .timeouts(Duration.ofMillis(connectTimeoutMs), Duration.ofMillis(timeoutMs))
        .limits(maxBodyBytes, logSize);
  }
}
