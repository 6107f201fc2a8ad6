package io.numberstoolkit.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How long and how hard the benchmark runs. {@link #full()} is what the README's table comes
 * from (about six minutes on a 2-core machine); {@link #smoke()} proves the benchmark code works
 * in a few seconds. Command-line flags change single settings: {@code --window-seconds=10}.
 */
record BenchmarkSettings(
    Duration warmup,
    Duration window,
    List<Integer> clients,
    int fillClients,
    int smallStore,
    int largeStore,
    long loggedRequests,
    int startupRuns,
    boolean conformance) {

  static BenchmarkSettings full() {
    return new BenchmarkSettings(
        Duration.ofSeconds(3), Duration.ofSeconds(7), List.of(1, 8, 32), 8,
        10_000, 100_000, 1_000_000, 5, true);
  }

  /** Tiny: one client, a few hundred requests, small stores, one start-up, no conformance run. */
  static BenchmarkSettings smoke() {
    return new BenchmarkSettings(
        Duration.ofMillis(100), Duration.ofMillis(300), List.of(1), 2,
        100, 200, 2_000, 1, false);
  }

  static BenchmarkSettings fromArgs(String... args) {
    BenchmarkSettings s = full();
    // Maven passes -Dbenchmark.args="--a --b" as one argument: split on spaces.
    for (String arg : String.join(" ", args).trim().split("\\s+")) {
      if (arg.isEmpty()) {
        continue;
      }
      String[] kv = arg.split("=", 2);
      String value = kv.length == 2 ? kv[1] : "";
      s = switch (kv[0]) {
        case "--smoke" -> smoke();
        case "--warmup-seconds" -> s.with(Duration.ofMillis((long) (Double.parseDouble(value) * 1000)), s.window);
        case "--window-seconds" -> s.with(s.warmup, Duration.ofMillis((long) (Double.parseDouble(value) * 1000)));
        case "--clients" -> new BenchmarkSettings(s.warmup, s.window,
            Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList(),
            s.fillClients, s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, s.conformance);
        case "--logged-requests" -> new BenchmarkSettings(s.warmup, s.window, s.clients, s.fillClients,
            s.smallStore, s.largeStore, Long.parseLong(value), s.startupRuns, s.conformance);
        case "--no-conformance" -> new BenchmarkSettings(s.warmup, s.window, s.clients, s.fillClients,
            s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, false);
        default -> throw new IllegalArgumentException("unknown benchmark option " + arg + "; known: --smoke,"
            + " --warmup-seconds=S, --window-seconds=S, --clients=1,8,32, --logged-requests=N, --no-conformance");
      };
    }
    return s;
  }

  private BenchmarkSettings with(Duration newWarmup, Duration newWindow) {
    return new BenchmarkSettings(newWarmup, newWindow, clients, fillClients, smallStore, largeStore,
        loggedRequests, startupRuns, conformance);
  }

  String describe() {
    return "warm-up " + seconds(warmup) + " s and a measured window of " + seconds(window)
        + " s per run; clients " + clients + "; stores of " + smallStore + " and " + largeStore
        + " numbers; " + loggedRequests + " requests for the request-log figure; " + startupRuns
        + " start-up run(s)";
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
  }
}
