package io.numberstoolkit.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code simulate} (or {@code proxy}) as a user starts it ({@link JavaCommand#toolkit}), on a free
 * port, its banner read for the port and the rest of its output read and dropped, as a terminal
 * would take it.
 */
final class SimulateProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private SimulateProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static SimulateProcess start(List<String> options) throws IOException {
    return start("simulate", options);
  }

  /** The validating proxy, {@code proxy --port 0 --quiet --target URL}. */
  static SimulateProcess proxy(String target) throws IOException {
    return start("proxy", List.of("--quiet", "--target", target));
  }

  private static SimulateProcess start(String command, List<String> options) throws IOException {
    List<String> args = new ArrayList<>(List.of(command, "--port", "0"));
    args.addAll(options);
    Process process = new ProcessBuilder(JavaCommand.toolkit(args.toArray(String[]::new)))
        .redirectErrorStream(true).start();
    try {
      return new SimulateProcess(process, StartupProbe.portFromBanner(process));
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(null);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
