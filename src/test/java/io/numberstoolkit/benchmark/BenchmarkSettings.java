package io.numberstoolkit.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How long and how hard the benchmark runs. {@link #full()} is what the README's table comes
 * from (under ten minutes on a 2-core machine); {@link #smoke()} proves the benchmark code works
 * in seconds. Command-line options change single settings, e.g. {@code --window-seconds=10}.
 *
 * @param requestsPerRun when above 0, each load run of the Java client measures this many requests
 *     after a quarter as many for warm-up, instead of timed windows: a count finishes whatever else
 *     the machine does
 * @param wrkRounds how many windows each wrk row gets, in turn with the other rows; 0 leaves wrk out
 */
record BenchmarkSettings(
    Duration warmup,
    Duration window,
    int requestsPerRun,
    List<Integer> clients,
    int fillClients,
    int smallStore,
    int largeStore,
    long loggedRequests,
    int startupRuns,
    boolean conformance,
    Duration wrkWarmup,
    Duration wrkWindow,
    int wrkRounds,
    int wrkConnections) {

  static final String OPTIONS = "--smoke, --warmup-seconds=S, --window-seconds=S, --clients=1,32,"
      + " --logged-requests=N, --startup-runs=N, --no-conformance, --wrk-window-seconds=S, --wrk-rounds=N"
      + " (0: no wrk), --wrk-connections=N";

  static BenchmarkSettings full() {
    return new BenchmarkSettings(
        Duration.ofSeconds(2), Duration.ofSeconds(5), 0, List.of(1, 32), 8,
        10_000, 100_000, 300_000, 5, true,
        Duration.ofSeconds(15), Duration.ofSeconds(5), 3, 32);
  }

  /**
   * Tiny: one client, 200 requests a run, stores of 100 and 200, one start-up, no conformance run,
   * one 1-second wrk window a row after a 1-second warm-up.
   */
  static BenchmarkSettings smoke() {
    return new BenchmarkSettings(
        Duration.ZERO, Duration.ZERO, 200, List.of(1), 2,
        100, 200, 2_000, 1, false,
        Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 4);
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
        case "--warmup-seconds" -> new BenchmarkSettings(seconds(value), s.window, 0, s.clients, s.fillClients,
            s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, s.conformance,
            s.wrkWarmup, s.wrkWindow, s.wrkRounds, s.wrkConnections);
        case "--window-seconds" -> new BenchmarkSettings(s.warmup, seconds(value), 0, s.clients, s.fillClients,
            s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, s.conformance,
            s.wrkWarmup, s.wrkWindow, s.wrkRounds, s.wrkConnections);
        case "--clients" -> new BenchmarkSettings(s.warmup, s.window, s.requestsPerRun,
            Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList(),
            s.fillClients, s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, s.conformance,
            s.wrkWarmup, s.wrkWindow, s.wrkRounds, s.wrkConnections);
        case "--logged-requests" -> new BenchmarkSettings(s.warmup, s.window, s.requestsPerRun, s.clients,
            s.fillClients, s.smallStore, s.largeStore, Long.parseLong(value), s.startupRuns, s.conformance,
            s.wrkWarmup, s.wrkWindow, s.wrkRounds, s.wrkConnections);
        case "--startup-runs" -> new BenchmarkSettings(s.warmup, s.window, s.requestsPerRun, s.clients,
            s.fillClients, s.smallStore, s.largeStore, s.loggedRequests, Integer.parseInt(value), s.conformance,
            s.wrkWarmup, s.wrkWindow, s.wrkRounds, s.wrkConnections);
        case "--no-conformance" -> new BenchmarkSettings(s.warmup, s.window, s.requestsPerRun, s.clients,
            s.fillClients, s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, false,
            s.wrkWarmup, s.wrkWindow, s.wrkRounds, s.wrkConnections);
        case "--wrk-window-seconds" -> new BenchmarkSettings(s.warmup, s.window, s.requestsPerRun, s.clients,
            s.fillClients, s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, s.conformance,
            s.wrkWarmup, seconds(value), s.wrkRounds, s.wrkConnections);
        case "--wrk-rounds" -> new BenchmarkSettings(s.warmup, s.window, s.requestsPerRun, s.clients,
            s.fillClients, s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, s.conformance,
            s.wrkWarmup, s.wrkWindow, Integer.parseInt(value), s.wrkConnections);
        case "--wrk-connections" -> new BenchmarkSettings(s.warmup, s.window, s.requestsPerRun, s.clients,
            s.fillClients, s.smallStore, s.largeStore, s.loggedRequests, s.startupRuns, s.conformance,
            s.wrkWarmup, s.wrkWindow, s.wrkRounds, Integer.parseInt(value));
        default -> throw new IllegalArgumentException("unknown option " + arg + "; the options are " + OPTIONS);
      };
    }
    return s;
  }

  String describe() {
    String runs = requestsPerRun > 0
        ? requestsPerRun / 4 + " requests of warm-up and " + requestsPerRun + " measured per run"
        : "warm-up " + seconds(warmup) + " s and a measured window of " + seconds(window) + " s per run";
    String wrk = wrkRounds == 0 ? "no wrk rows"
        : "wrk -t" + Wrk.THREADS + " -c" + wrkConnections + ": each server warmed up for " + seconds(wrkWarmup) + " s, then "
            + wrkRounds + " round(s) of one " + seconds(wrkWindow) + " s window a row, median shown";
    return "Java client: " + runs + "; clients " + clients + "; stores of " + smallStore + " and " + largeStore
        + " numbers; " + loggedRequests + " requests for the request-log figure; " + startupRuns
        + " start-up run(s); " + wrk;
  }

  private static Duration seconds(String value) {
    return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
  }
}
