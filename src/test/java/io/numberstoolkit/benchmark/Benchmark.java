package io.numberstoolkit.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's benchmark, side by side with plain WireMock: throughput and latency of the API
 * over real HTTP on loopback, start-up, heap, and the conformance suite's wall time, printed as
 * one Markdown table. Run it with {@code mvn -B -Pbenchmark -DskipTests package} (README,
 * "Performance"); {@code BenchmarkSmokeTest} runs it with tiny settings.
 *
 * <p>Two load generators: the Java client ({@link LoadGenerator}) in this JVM, against servers in
 * JVMs of their own ({@link ServerMain}) with the same clients, connection reuse, warm-up and
 * window for both; and wrk, an external process, against servers started as a user starts them
 * ({@link WrkSection}). Each table names the generator of its rows.
 */
public final class Benchmark {
  /** The isolated session the POST runs create into, so the shared store keeps its size. */
  static final String CREATE_SESSION = "benchmark-create";

  private final BenchmarkSettings settings;
  private final PrintStream log;

  Benchmark(BenchmarkSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  public static void main(String[] args) {
    BenchmarkSettings settings;
    try {
      settings = BenchmarkSettings.fromArgs(args);
    } catch (IllegalArgumentException e) {
      System.err.println("benchmark: " + e.getMessage());
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    try {
      BenchmarkResults results = new Benchmark(settings, System.err).run();
      System.out.println();
      System.out.println(new ResultTable(results).render());
      System.out.printf(Locale.ROOT, "The benchmark took %.0f s.%n", (System.nanoTime() - start) / 1e9);
      System.exit(0);
    } catch (Exception e) {
      System.err.println("benchmark failed: " + e);
      System.exit(1);
    }
  }

  BenchmarkResults run() throws Exception {
    String machine = Machine.describe();
    String loadAtStart = Machine.loadAverage();
    log.println("Machine: " + machine + "; load average " + loadAtStart);
    log.println("Settings: " + settings.describe());
    int small = settings.smallStore();
    int large = settings.largeStore();
    Map<Integer, LoadResult> show;
    Map<Integer, LoadResult> plainShow = new LinkedHashMap<>();
    Map<Integer, LoadResult> listSmall;
    Map<Integer, LoadResult> listLarge;
    Map<Integer, LoadResult> create;
    Map<Integer, LoadResult> search;
    BenchmarkResults.Memory memory;
    // Both servers start together and stay up for the whole run; the idle one costs nothing.
    try (ServerProcess simulator = ServerProcess.launch("simulator", "simulator");
        ServerProcess wiremock = ServerProcess.launch("plain WireMock", ServerMain.WIREMOCK_BEST)) {
      AdminClient admin = new AdminClient(simulator.baseUrl());
      LoadGenerator load = simulator.loadGenerator();
      Workloads requests = new Workloads("127.0.0.1:" + simulator.port());
      long emptyHeap = simulator.heapInUse();

      fill(load, requests, small);
      long firstId = admin.firstListedId();
      admin.expectStatus("/numbers/" + (firstId + small - 1) + ".json", 200);

      wiremock.stub(admin.answerTo("/numbers/" + firstId + ".json"));
      LoadGenerator plainLoad = wiremock.loadGenerator();
      Workloads plainRequests = new Workloads("127.0.0.1:" + wiremock.port());
      // The same JIT warm-up for both before the first measured pair.
      warmUp(load, requests.show(firstId, small));
      warmUp(plainLoad, plainRequests.show(firstId, small));
      show = new LinkedHashMap<>();
      for (int clients : settings.clients()) {
        show.put(clients, measure("simulator GET /numbers/{id}.json", load, requests.show(firstId, small), clients));
        plainShow.put(clients,
            measure("plain WireMock GET /numbers/{id}.json", plainLoad, plainRequests.show(firstId, small), clients));
      }
      listSmall = measureAll("GET /numbers.json?page=N, " + small + " numbers", load, requests.listPage(lastPage(small)));
      search = measureAll("search", load, requests.search());
      create = measureAll("POST /numbers.json", load, requests.create(CREATE_SESSION));
      admin.dropSession(CREATE_SESSION);

      fill(load, requests, large - small);
      admin.expectStatus("/numbers/" + (firstId + large - 1) + ".json", 200);
      long largeStoreHeap = simulator.heapInUse();
      log.printf(Locale.ROOT, "heap in use with %,d numbers: %.1f MB%n", large, largeStoreHeap / 1e6);
      listLarge = measureAll("GET /numbers.json?page=N, " + large + " numbers", load, requests.listPage(lastPage(large)));

      long half = settings.loggedRequests() / 2;
      counted("requests with the request log on (1st half)", load, requests.show(firstId, large), half);
      long halfwayHeap = simulator.heapInUse();
      counted("requests with the request log on (2nd half)", load, requests.show(firstId, large),
          settings.loggedRequests() - half);
      long afterHeap = simulator.heapInUse();
      memory = new BenchmarkResults.Memory(
          emptyHeap, largeStoreHeap, halfwayHeap, afterHeap, settings.loggedRequests(), admin.requestLogEntries());
    }
    List<WrkSection.Result> wrkRows = List.of();
    String wrkStatus;
    Optional<Wrk> wrk = Wrk.find();
    if (settings.wrkRounds() == 0) {
      wrkStatus = "not run (--wrk-rounds=0)";
    } else if (wrk.isEmpty()) {
      wrkStatus = "not run: wrk is not installed (on Debian: apt-get install wrk); the Java rows above are all there is";
      log.println("benchmark: " + wrkStatus);
    } else {
      log.println("wrk rows");
      wrkRows = new WrkSection(settings, log).run(wrk.get());
      wrkStatus = "measured";
    }
    log.println("start-up of simulate, " + settings.startupRuns() + " run(s)");
    StartupProbe.Startup startup = StartupProbe.measure(settings.startupRuns());
    ConformanceProbe.Conformance conformance;
    if (settings.conformance()) {
      log.println("conformance suite");
      conformance = ConformanceProbe.measure();
    } else {
      conformance = ConformanceProbe.Conformance.notMeasured(
          ConformanceProbe.suitePresent() ? "not run (--no-conformance or --smoke)" : "n/a (not yet landed)");
    }
    String loadAverages = loadAtStart + " at the start, " + Machine.loadAverage() + " at the end";
    return new BenchmarkResults(machine, loadAverages, settings, show, listSmall, listLarge, create, search, plainShow,
        memory, startup, conformance, wrkRows, wrkStatus);
  }

  /** Creates numbers in the shared space through the API, as a client would. */
  private void fill(LoadGenerator load, Workloads requests, long numbers) throws InterruptedException {
    counted("POST /numbers.json to fill the store", load, requests.create(null), numbers);
  }

  private void counted(String what, LoadGenerator load, Workload workload, long requests) throws InterruptedException {
    LoadResult result = load.counted(workload, settings.fillClients(), requests);
    log.printf(Locale.ROOT, "%,d %s: %.1f s, %,.0f req/s, server CPU %.0f µs/req%n",
        requests, what, result.seconds(), result.requestsPerSecond(), result.serverCpuMicrosPerRequest());
    if (result.errors() > 0) {
      throw new IllegalStateException(result.errors() + " of " + requests + " " + what + " failed; first: "
          + result.firstError());
    }
  }

  private Map<Integer, LoadResult> measureAll(String what, LoadGenerator load, Workload workload)
      throws InterruptedException {
    Map<Integer, LoadResult> results = new LinkedHashMap<>();
    for (int clients : settings.clients()) {
      results.put(clients, measure(what, load, workload, clients));
    }
    return results;
  }

  private LoadResult measure(String what, LoadGenerator load, Workload workload, int clients)
      throws InterruptedException {
    LoadResult result;
    if (settings.requestsPerRun() > 0) {
      load.counted(workload, clients, settings.requestsPerRun() / 4);
      result = load.counted(workload, clients, settings.requestsPerRun());
    } else {
      result = load.timed(workload, clients, settings.warmup(), settings.window());
    }
    log.printf(Locale.ROOT, "%s, %d client(s): %,.0f req/s, p50 %.3f ms, p99 %.3f ms, server CPU %.0f µs/req%s%n",
        what, clients, result.requestsPerSecond(), result.p50Millis(), result.p99Millis(),
        result.serverCpuMicrosPerRequest(),
        result.errors() > 0 ? ", " + result.errors() + " errors (first: " + result.firstError() + ")" : "");
    return result;
  }

  private void warmUp(LoadGenerator load, Workload workload) throws InterruptedException {
    if (settings.requestsPerRun() > 0) {
      load.counted(workload, settings.fillClients(), settings.requestsPerRun());
    } else {
      // Five warm-ups' worth: the simulator's JIT has already seen the fill's requests, plain
      // WireMock's has seen nothing, and on a busy 2-core machine C2 takes many seconds to settle.
      load.timed(workload, settings.fillClients(), Duration.ZERO, settings.warmup().multipliedBy(5));
    }
  }

  private static int lastPage(int numbers) {
    return (numbers + 24) / 25;
  }
}
