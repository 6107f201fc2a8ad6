package io.numberstoolkit.proxy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a {@link ValidatingProxy} runs. The defaults are as safe as the simulator's: loopback only,
 * the admin API for this machine only, bounded bodies and bounded waits for the target.
 *
 * @param target the implementation every request is forwarded to, e.g. {@code http://127.0.0.1:8080}
 * @param strict a violating answer reaches the client as a 502 naming its violations
 * @param reportDir where junit.xml and violations.json are written at stop, or null
 * @param recordFile where the numbers seen are written at stop as a state file, or null
 * @param connectTimeout how long a connection to the target may take
 * @param timeout how long a whole answer (headers and body) may take
 * @param maxBodyBytes the largest request body accepted and target answer read
 * @param logSize how many exchanges with violations the admin log and the reports keep
 * @param printer where one line per exchange goes, or null for none
 */
public record ProxyOptions(
    URI target,
    int port,
    String bindAddress,
    String adminKey,
    List<String> allowedOrigins,
    boolean strict,
    Path reportDir,
    Path recordFile,
    Duration connectTimeout,
    Duration timeout,
    long maxBodyBytes,
    int logSize,
    Consumer<String> printer) {

  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_LOG_SIZE = 1000;

  public ProxyOptions {
    allowedOrigins = List.copyOf(allowedOrigins);
  }

  /** A proxy in front of {@code target} on a free loopback port, with every default. */
  public static ProxyOptions to(String target) {
    return new ProxyOptions(URI.create(target.replaceAll("/+$", "")), 0, DEFAULT_BIND_ADDRESS, null, List.of(), false,
        null, null, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BODY_BYTES, DEFAULT_LOG_SIZE, null);
  }

  public ProxyOptions strict(boolean on) {
    return new ProxyOptions(target, port, bindAddress, adminKey, allowedOrigins, on, reportDir, recordFile,
        connectTimeout, timeout, maxBodyBytes, logSize, printer);
  }

  public ProxyOptions reportTo(Path dir) {
    return new ProxyOptions(target, port, bindAddress, adminKey, allowedOrigins, strict, dir, recordFile,
        connectTimeout, timeout, maxBodyBytes, logSize, printer);
  }

  public ProxyOptions recordTo(Path file) {
    return new ProxyOptions(target, port, bindAddress, adminKey, allowedOrigins, strict, reportDir, file,
        connectTimeout, timeout, maxBodyBytes, logSize, printer);
  }

  public ProxyOptions timeouts(Duration connect, Duration whole) {
    return new ProxyOptions(target, port, bindAddress, adminKey, allowedOrigins, strict, reportDir, recordFile,
        connect, whole, maxBodyBytes, logSize, printer);
  }

  public ProxyOptions printTo(Consumer<String> linePrinter) {
    return new ProxyOptions(target, port, bindAddress, adminKey, allowedOrigins, strict, reportDir, recordFile,
        connectTimeout, timeout, maxBodyBytes, logSize, linePrinter);
  }

  public ProxyOptions listen(int newPort, String address, String key, List<String> origins) {
    return new ProxyOptions(target, newPort, address, key, origins, strict, reportDir, recordFile,
        connectTimeout, timeout, maxBodyBytes, logSize, printer);
  }

  public ProxyOptions limits(long bodyBytes, int entries) {
    return new ProxyOptions(target, port, bindAddress, adminKey, allowedOrigins, strict, reportDir, recordFile,
        connectTimeout, timeout, bodyBytes, entries, printer);
  }
}
