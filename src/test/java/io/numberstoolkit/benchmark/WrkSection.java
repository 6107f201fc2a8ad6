package io.numberstoolkit.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rows measured with wrk: GET by id on the simulator against plain WireMock at its best and
 * at its defaults, the cost of each feature on GET by id, and list and search pages on a small
 * and a large store. Every server runs as a user runs it: {@code simulate} from the jar, plain
 * WireMock in a JVM of its own. All servers are up together (an idle one costs nothing); each
 * round gives every row one window in turn, so slow and busy spells of a shared machine fall on
 * all rows alike, and the table shows each row's median over the rounds.
 */
final class WrkSection {
  /** A row's server: what it is, how to reach it, and its process's CPU time so far. */
  private record Server(String name, String baseUrl, Supplier<Duration> cpu) {}

  private record Row(String group, String server, String workload, Server target, Wrk.Requests requests) {}

  /** A row's medians over the rounds; errors are the sum. */
  record Result(String group, String server, String workload, int rounds, double requestsPerSecond,
      double p50Millis, double p99Millis, double serverCpuMicrosPerRequest, long errors, String firstError) {}

  static final String BY_ID = "GET /numbers/{id}.json";
  static final String FEATURES = "feature cost, GET by id";
  static final String PAGES = "list and search pages";
  static final String SIMULATOR_QUIET = "simulate --quiet";
  static final String WIREMOCK_BEST = "plain WireMock at its best";
  /** What the proxy row's server CPU is. */
  static final String PROXY_CPU = "The proxy row's server CPU is the proxy's process alone; the simulator behind it"
      + " answers each request too.";

  private final BenchmarkSettings settings;
  private final PrintStream log;

  WrkSection(BenchmarkSettings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  List<Result> run(Wrk wrk) throws Exception {
    int small = settings.smallStore();
    int large = settings.largeStore();
    String seed = Integer.toString(small);
    List<AutoCloseable> started = new ArrayList<>();
    try {
      SimulateProcess quiet = started(started, SimulateProcess.start(List.of("--quiet", "--seed", seed)));
      SimulateProcess console = started(started, SimulateProcess.start(List.of("--seed", seed)));
      SimulateProcess apiKey = started(started, SimulateProcess.start(List.of("--quiet", "--seed", seed, "--api-key", "benchmark")));
      SimulateProcess largeStore = started(started, SimulateProcess.start(List.of("--quiet", "--seed", Integer.toString(large))));
      ServerProcess best = started(started, ServerProcess.launch(WIREMOCK_BEST, ServerMain.WIREMOCK_BEST));
      ServerProcess defaults = started(started, ServerProcess.launch("plain WireMock, defaults", ServerMain.WIREMOCK_DEFAULT));

      AdminClient admin = new AdminClient(quiet.baseUrl());
      List<Long> ids = admin.listedIds(Math.max(1, small / 25));
      AdminClient.StoredAnswer answer = admin.answerTo("/numbers/" + ids.get(0) + ".json");
      best.stub(answer);
      defaults.stub(answer);

      Server simulator = new Server(SIMULATOR_QUIET, quiet.baseUrl(), quiet::cpuTime);
      int paths = 2048;
      Wrk.Requests byId = Wrk.Requests.random(paths, ids.size(), i -> "/numbers/" + ids.get(i) + ".json");
      List<Row> rows = new ArrayList<>();
      rows.add(new Row(BY_ID, WIREMOCK_BEST, "static stub, same body", server(best), byId));
      rows.add(new Row(BY_ID, "plain WireMock, defaults", "static stub, same body", server(defaults), byId));
      rows.add(new Row(BY_ID, SIMULATOR_QUIET, count(small) + " numbers", simulator, byId));
      rows.add(new Row(FEATURES, "simulate (a console line per request)", "",
          new Server("console", console.baseUrl(), console::cpuTime), byId));
      rows.add(new Row(FEATURES, SIMULATOR_QUIET, "X-Numbers-Session: benchmark", simulator,
          new Wrk.Requests(byId.paths(), List.of(Workloads.SESSION_HEADER + ": benchmark"))));
      rows.add(new Row(FEATURES, "simulate --quiet --api-key benchmark", "?api_key=benchmark",
          new Server("api key", apiKey.baseUrl(), apiKey::cpuTime),
          new Wrk.Requests(byId.paths().stream().map(p -> p + "?api_key=benchmark").toList(), List.of())));
      rows.add(new Row(FEATURES, SIMULATOR_QUIET, "XML: /numbers/{id}.xml", simulator,
          new Wrk.Requests(byId.paths().stream().map(p -> p.replace(".json", ".xml")).toList(), List.of())));
      SimulateProcess proxy = started(started, SimulateProcess.proxy(quiet.baseUrl()));
      rows.add(new Row(FEATURES, "proxy --quiet --target (simulate --quiet)", "through the validating proxy",
          new Server("proxy", proxy.baseUrl(), proxy::cpuTime), byId));
      Server largeServer = new Server("large", largeStore.baseUrl(), largeStore::cpuTime);
      rows.add(new Row(PAGES, SIMULATOR_QUIET, "GET /numbers.json?page=N, " + count(small) + " numbers",
          simulator, Wrk.Requests.random(paths, lastPage(small), i -> "/numbers.json?page=" + (i + 1))));
      rows.add(new Row(PAGES, SIMULATOR_QUIET, "GET /numbers.json?page=N, " + count(large) + " numbers",
          largeServer, Wrk.Requests.random(paths, lastPage(large), i -> "/numbers.json?page=" + (i + 1))));
      rows.add(new Row(PAGES, SIMULATOR_QUIET, "search, " + count(small) + " numbers", simulator,
          Wrk.Requests.random(paths, small, WrkSection::seedSearch)));
      rows.add(new Row(PAGES, SIMULATOR_QUIET, "search, " + count(large) + " numbers", largeServer,
          Wrk.Requests.random(paths, large, WrkSection::seedSearch)));

      for (Row row : rows) { // each row's first request answers 200 before any window is timed
        firstAnswer(row);
      }
      int connections = settings.wrkConnections();
      warmUp(wrk, rows, connections);
      Map<Row, List<LoadResult>> results = new LinkedHashMap<>();
      for (int round = 1; round <= settings.wrkRounds(); round++) {
        for (Row row : rows) {
          LoadResult result = wrk.run(row.target().baseUrl(), row.requests(), connections, settings.wrkWindow(),
              row.target().cpu());
          results.computeIfAbsent(row, r -> new ArrayList<>()).add(result);
          log.printf(Locale.ROOT, "wrk round %d, %s, %s %s: %,.0f req/s, p50 %.3f ms, p99 %.3f ms, server CPU %.0f µs/req%s%n",
              round, row.server(), row.group(), row.workload(), result.requestsPerSecond(), result.p50Millis(),
              result.p99Millis(), result.serverCpuMicrosPerRequest(),
              result.errors() > 0 ? ", " + result.errors() + " errors (" + result.firstError() + ")" : "");
        }
      }
      List<Result> medians = new ArrayList<>();
      results.forEach((row, runs) -> medians.add(new Result(row.group(), row.server(), row.workload(), runs.size(),
          median(runs.stream().mapToDouble(LoadResult::requestsPerSecond).toArray()),
          median(runs.stream().mapToDouble(LoadResult::p50Millis).toArray()),
          median(runs.stream().mapToDouble(LoadResult::p99Millis).toArray()),
          median(runs.stream().mapToDouble(LoadResult::serverCpuMicrosPerRequest).toArray()),
          runs.stream().mapToLong(LoadResult::errors).sum(),
          runs.stream().map(LoadResult::firstError).filter(e -> e != null).findFirst().orElse(null))));
      return medians;
    } finally {
      for (AutoCloseable server : started) {
        server.close();
      }
    }
  }

  private static void firstAnswer(Row row) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(row.target().baseUrl() + row.requests().paths().get(0)))
        .timeout(Duration.ofSeconds(60));
    for (String header : row.requests().headers()) {
      int colon = header.indexOf(':');
      request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    HttpResponse<Void> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 200) {
      throw new IOException(row.server() + " answered " + response.statusCode() + " to " + response.uri());
    }
  }

  /**
   * The same warm-up for every server, whatever its number of rows: windows of its rows in turn
   * until it has had {@code wrkWarmup} of load. A JIT on a busy 2-core machine takes tens of
   * seconds under load to settle; a server warmed less than another would show its compiler, not
   * its request path.
   */
  private void warmUp(Wrk wrk, List<Row> rows, int connections) throws IOException, InterruptedException {
    Map<Server, List<Row>> byServer = new LinkedHashMap<>();
    rows.forEach(row -> byServer.computeIfAbsent(row.target(), s -> new ArrayList<>()).add(row));
    Duration window = Duration.ofSeconds(Math.max(1, Math.min(3, settings.wrkWarmup().toSeconds())));
    for (List<Row> serverRows : byServer.values()) {
      Duration done = Duration.ZERO;
      for (int i = 0; done.compareTo(settings.wrkWarmup()) < 0; i++) {
        Row row = serverRows.get(i % serverRows.size());
        wrk.run(row.target().baseUrl(), row.requests(), connections, window, row.target().cpu());
        done = done.plus(window);
      }
    }
  }

  /** The search for seed number {@code i + 1}: its campaign, affiliate and sub id, as {@code --seed} made them. */
  private static String seedSearch(int i) {
    int n = i + 1;
    String[] cids = {"0001", "0002", "111", "399944"}; // the built-in campaigns, in the order --seed uses
    return "/numbers/for/cid/" + cids[(n - 1) % cids.length] + "/afid/" + String.format("%04d", (n - 1) % 5 + 1)
        + "/sid/seed-" + n + ".json";
  }

  private static Server server(ServerProcess process) throws IOException {
    return new Server(process.toString(), process.baseUrl(), process::cpuTime);
  }

  private static <T extends AutoCloseable> T started(List<AutoCloseable> started, T server) {
    started.add(server);
    return server;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static int lastPage(int numbers) {
    return (numbers + 24) / 25;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
