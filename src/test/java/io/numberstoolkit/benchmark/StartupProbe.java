package io.numberstoolkit.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of {@code simulate} as a user runs it: from starting the process to the first 200
 * answer to {@code GET /numbers.json}. It uses the packaged jar when there is one
 * ({@link JavaCommand#toolkit}), and otherwise the classes on this JVM's classpath.
 */
final class StartupProbe {
  /** simulate's banner line, or the proxy's. */
  private static final Pattern BANNER =
      Pattern.compile("(?:listening on|Validating proxy at) http://127\\.0\\.0\\.1:(\\d+)");
  private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

  /** Each run's wall time to the first 200, and the CPU time its process had used by then. */
  record Startup(List<Duration> runs, List<Duration> cpu, String how) {
    Duration median() {
      return median(runs);
    }

    Duration medianCpu() {
      return cpu.contains(null) ? null : median(cpu);
    }

    private static Duration median(List<Duration> durations) {
      List<Duration> sorted = durations.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }
  }

  private record Run(Duration wall, Duration cpu) {}

  private StartupProbe() {}

  static Startup measure(int runs) throws IOException, InterruptedException {
    List<String> command = JavaCommand.toolkit("simulate", "--port", "0");
    List<Duration> wall = new ArrayList<>();
    List<Duration> cpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Run run = once(command);
      wall.add(run.wall());
      cpu.add(run.cpu());
    }
    return new Startup(wall, cpu, JavaCommand.packaged() ? "java -jar numbers-toolkit-standalone.jar simulate" : "simulate from classes");
  }

  private static Run once(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      int port = portFromBanner(process);
      try (KeepAliveClient client = new KeepAliveClient(new InetSocketAddress("127.0.0.1", port))) {
        byte[] request = new Workloads("127.0.0.1:" + port).get("/numbers.json");
        while (client.exchange(request) != 200) {
          if (System.nanoTime() - start > GIVE_UP_AFTER.toNanos()) {
            throw new IOException("simulate answered no 200 within " + GIVE_UP_AFTER.toSeconds() + " s");
          }
          Thread.sleep(5);
        }
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      return new Run(wall, process.toHandle().info().totalCpuDuration().orElse(null));
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  static int portFromBanner(Process process) throws IOException {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      Matcher banner = BANNER.matcher(line);
      if (banner.find()) {
        drainInBackground(output);
        return Integer.parseInt(banner.group(1));
      }
      seen.append(line).append('\n');
    }
    throw new IOException("simulate ended without its banner:\n" + seen);
  }

  /** Keeps reading what the process prints, so it never blocks on a full pipe. */
  static void drainInBackground(BufferedReader output) {
    Thread drain = new Thread(() -> {
      try {
        while (output.readLine() != null) {
          // discard
        }
      } catch (IOException ignored) {
        // the process is gone
      }
    }, "simulate-output");
    drain.setDaemon(true);
    drain.start();
  }
}
