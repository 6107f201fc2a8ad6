package io.numberstoolkit.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's table, in Markdown so it can go into the README as printed. The goals are read
 * against it here (they are goals, not test assertions): each says "met" or "missed".
 */
final class ResultTable {
  static final double STARTUP_GOAL_SECONDS = 1.0;
  static final long HEAP_GOAL_BYTES = 150_000_000;
  /**
   * The list page may take this much longer on the ten times larger store and still count as not
   * growing with it: a listing that walked the store would take about ten times as long, while
   * runs on a 2-core machine shared with other work differ by up to a third from noise alone.
   */
  static final double LIST_GROWTH_TOLERANCE = 1.5;
  /** Heap growth over the second half of the logged requests that still counts as stopped. */
  static final long LOG_GROWTH_TOLERANCE_BYTES = 4_000_000;

  static final String JAVA = "Java client";

  private final BenchmarkResults r;
  private final List<Integer> clients;

  ResultTable(BenchmarkResults results) {
    this.r = results;
    this.clients = results.settings().clients();
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append("Machine: ").append(r.machine()).append('\n');
    out.append("Load average (1 min): ").append(r.loadAverages()).append('\n');
    out.append("Settings: ").append(r.settings().describe()).append("\n\n");
    loadTable(out);
    out.append('\n');
    wrkTable(out);
    out.append('\n');
    figuresTable(out);
    return out.toString();
  }

  private void loadTable(StringBuilder out) {
    int small = r.settings().smallStore();
    int large = r.settings().largeStore();
    out.append("| Generator | Workload | Clients | req/s | p50 ms | p99 ms | Server CPU µs/req |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|\n");
    loadRows(out, "GET /numbers/{id}.json, " + count(small) + " numbers", r.show());
    loadRows(out, "GET /numbers.json?page=N, " + count(small) + " numbers", r.listSmallStore());
    loadRows(out, "GET /numbers.json?page=N, " + count(large) + " numbers", r.listLargeStore());
    loadRows(out, "POST /numbers.json", r.create());
    loadRows(out, "GET /numbers/for/cid/C/afid/A/sid/S.json, " + count(small) + " numbers", r.search());
    loadRows(out, "plain WireMock at its best, static stub: GET /numbers/{id}.json", r.plainWireMockShow());
    for (int c : clients) {
      out.append("| ").append(JAVA).append(" | **simulator / plain WireMock at its best**, GET by id | ").append(c)
          .append(" | ").append(ratio(ratio(r.show(), r.plainWireMockShow(), c, LoadResult::requestsPerSecond)))
          .append(" | ").append(ratio(ratio(r.show(), r.plainWireMockShow(), c, LoadResult::p50Millis)))
          .append(" | ").append(ratio(ratio(r.show(), r.plainWireMockShow(), c, LoadResult::p99Millis)))
          .append(" | ").append(ratio(ratio(r.show(), r.plainWireMockShow(), c, LoadResult::serverCpuMicrosPerRequest)))
          .append(" |\n");
    }
  }

  private void loadRows(StringBuilder out, String workload, Map<Integer, LoadResult> results) {
    for (int c : clients) {
      LoadResult result = results.get(c);
      out.append("| ").append(JAVA).append(" | ").append(workload).append(" | ").append(c)
          .append(" | ").append(String.format(Locale.ROOT, "%,.0f", result.requestsPerSecond()))
          .append(result.errors() > 0 ? " (" + result.errors() + " errors)" : "")
          .append(" | ").append(millis(result.p50Millis()))
          .append(" | ").append(millis(result.p99Millis()))
          .append(" | ").append(String.format(Locale.ROOT, "%.0f", result.serverCpuMicrosPerRequest()))
          .append(" |\n");
    }
  }

  /**
   * The wrk rows, each with its req/s against its reference: GET by id against plain WireMock at
   * its best, a feature against the simulator's plain GET by id, the large store's page against
   * the small store's.
   */
  private void wrkTable(StringBuilder out) {
    if (r.wrk().isEmpty()) {
      out.append("wrk rows: ").append(r.wrkStatus()).append('\n');
      return;
    }
    int rounds = r.wrk().get(0).rounds();
    String generator = "wrk -t" + Wrk.THREADS + " -c" + r.settings().wrkConnections();
    out.append("| Generator | What | Server | Workload | req/s | p50 ms | p99 ms | Server CPU µs/req | req/s vs. |\n");
    out.append("|---|---|---|---|---:|---:|---:|---:|---|\n");
    for (WrkSection.Result row : r.wrk()) {
      WrkSection.Result reference = wrkReference(row);
      out.append("| ").append(generator).append(" | ").append(row.group()).append(" | ").append(row.server())
          .append(" | ").append(row.workload().isEmpty() ? "the same ids" : row.workload())
          .append(" | ").append(String.format(Locale.ROOT, "%,.0f", row.requestsPerSecond()))
          .append(row.errors() > 0 ? " (" + row.errors() + " errors)" : "")
          .append(" | ").append(millis(row.p50Millis()))
          .append(" | ").append(millis(row.p99Millis()))
          .append(" | ").append(String.format(Locale.ROOT, "%.0f", row.serverCpuMicrosPerRequest()))
          .append(" | ").append(reference == row ? "reference"
              : ratio(row.requestsPerSecond() / reference.requestsPerSecond()) + " " + describe(reference))
          .append(" |\n");
    }
    out.append("Medians of ").append(rounds).append(" round(s). ").append(WrkSection.PROXY_CPU).append('\n');
  }

  private WrkSection.Result wrkReference(WrkSection.Result row) {
    List<WrkSection.Result> rows = r.wrk();
    return switch (row.group()) {
      case WrkSection.BY_ID -> find(WrkSection.BY_ID, WrkSection.WIREMOCK_BEST);
      case WrkSection.FEATURES -> find(WrkSection.BY_ID, WrkSection.SIMULATOR_QUIET);
      default -> { // a page on the large store against the same page on the small one, listed just before it
        int at = rows.indexOf(row);
        yield row.workload().contains(count(r.settings().largeStore())) && at > 0 ? rows.get(at - 1) : row;
      }
    };
  }

  private WrkSection.Result find(String group, String server) {
    return r.wrk().stream().filter(x -> x.group().equals(group) && x.server().equals(server)).findFirst().orElseThrow();
  }

  private static String describe(WrkSection.Result reference) {
    return reference.group().equals(WrkSection.BY_ID) ? reference.server() : reference.workload();
  }

  private void figuresTable(StringBuilder out) {
    out.append("| Measurement | Result | Goal | |\n|---|---|---|---|\n");
    if (!r.wrk().isEmpty()) {
      wrkGoals(out);
    }
    showGoal(out);
    listGoal(out);
    startup(out);
    memory(out);
    conformance(out);
  }

  private void wrkGoals(StringBuilder out) {
    WrkSection.Result simulator = find(WrkSection.BY_ID, WrkSection.SIMULATOR_QUIET);
    WrkSection.Result best = find(WrkSection.BY_ID, WrkSection.WIREMOCK_BEST);
    double throughput = simulator.requestsPerSecond() / best.requestsPerSecond();
    double p99 = simulator.p99Millis() / best.p99Millis();
    row(out, "wrk: simulator GET-by-id / plain WireMock at its best",
        "req/s " + ratio(throughput) + ", p99 " + ratio(p99) + ", server CPU per request "
            + ratio(simulator.serverCpuMicrosPerRequest() / best.serverCpuMicrosPerRequest()),
        "req/s at least 1.0× (stretch 1.5×), p99 no worse (at most 1.0×)", throughput >= 1.0 && p99 <= 1.0);
    List<String> growth = new ArrayList<>();
    boolean met = true;
    List<WrkSection.Result> rows = r.wrk();
    for (int i = 1; i < rows.size(); i++) {
      WrkSection.Result row = rows.get(i);
      if (row.group().equals(WrkSection.PAGES) && wrkReference(row) != row) {
        double ratio = row.p50Millis() / wrkReference(row).p50Millis();
        growth.add(ratio(ratio) + " (" + row.workload().substring(0, row.workload().indexOf(',')) + ")");
        met &= ratio <= LIST_GROWTH_TOLERANCE;
      }
    }
    row(out, "wrk: page p50 latency, " + count(r.settings().largeStore()) + " / " + count(r.settings().smallStore())
        + " numbers", String.join(", ", growth), "does not grow with the store (at most " + LIST_GROWTH_TOLERANCE + "×)", met);
  }

  private void showGoal(StringBuilder out) {
    List<String> ratios = new ArrayList<>();
    boolean met = true;
    for (int c : clients) {
      double ratio = ratio(r.show(), r.plainWireMockShow(), c, LoadResult::requestsPerSecond);
      ratios.add(ratio(ratio) + " (" + c + ")");
      met &= ratio >= 1.0;
    }
    row(out, "Java client: simulator GET-by-id throughput / plain WireMock at its best (clients)",
        String.join(", ", ratios) + "; server CPU per request " + ratios(r.show(), r.plainWireMockShow(),
            LoadResult::serverCpuMicrosPerRequest), "at least 1.0×", met);
  }

  private void listGoal(StringBuilder out) {
    List<String> ratios = new ArrayList<>();
    boolean met = true;
    for (int c : clients) {
      double ratio = ratio(r.listLargeStore(), r.listSmallStore(), c, LoadResult::p50Millis);
      ratios.add(ratio(ratio) + " (" + c + ")");
      met &= ratio <= LIST_GROWTH_TOLERANCE;
    }
    row(out, "Java client: list-page p50 latency, " + count(r.settings().largeStore()) + " / " + count(r.settings().smallStore())
        + " numbers (clients)", String.join(", ", ratios) + "; server CPU per request "
            + ratios(r.listLargeStore(), r.listSmallStore(), LoadResult::serverCpuMicrosPerRequest),
        "does not grow with the store (at most " + LIST_GROWTH_TOLERANCE + "×)", met);
  }

  private void startup(StringBuilder out) {
    StartupProbe.Startup startup = r.startup();
    Duration min = startup.runs().stream().min(Duration::compareTo).orElseThrow();
    Duration max = startup.runs().stream().max(Duration::compareTo).orElseThrow();
    String result = seconds(startup.median())
        + (startup.runs().size() > 1 ? " (median of " + startup.runs().size() + "; " + seconds(min) + "–" + seconds(max) + ")" : "")
        + (startup.medianCpu() == null ? "" : "; CPU time " + seconds(startup.medianCpu()));
    row(out, "Start-up of `simulate` to its first 200 answer (" + startup.how() + ")", result,
        "under " + STARTUP_GOAL_SECONDS + " s", startup.median().toMillis() < STARTUP_GOAL_SECONDS * 1000);
  }

  private void memory(StringBuilder out) {
    BenchmarkResults.Memory m = r.memory();
    row(out, "Heap in use, simulator started empty", megabytes(m.emptyBytes()), "—", null);
    row(out, "Heap in use after creating " + count(r.settings().largeStore()) + " numbers",
        megabytes(m.largeStoreBytes()), "under " + megabytes(HEAP_GOAL_BYTES), m.largeStoreBytes() < HEAP_GOAL_BYTES);
    row(out, "… after " + count(m.requestsSent() / 2) + " more requests, request log on",
        megabytes(m.halfwayBytes()), "—", null);
    long growth = m.afterRequestsBytes() - m.halfwayBytes();
    row(out, "… after " + count(m.requestsSent()) + " requests, request log on",
        megabytes(m.afterRequestsBytes()) + " (" + signedMegabytes(growth) + " over the second half; the log holds "
            + count(m.logEntries()) + " requests)",
        "stops growing (under " + megabytes(LOG_GROWTH_TOLERANCE_BYTES) + " over the second half)",
        growth < LOG_GROWTH_TOLERANCE_BYTES);
  }

  private void conformance(StringBuilder out) {
    ConformanceProbe.Conformance c = r.conformance();
    String result = c.time() == null
        ? c.notMeasured()
        : seconds(c.time()) + " (" + c.succeeded() + " passed, " + c.failed() + " failed)";
    row(out, "Conformance suite wall time, in-process simulator", result, "—", null);
  }

  private String ratios(Map<Integer, LoadResult> a, Map<Integer, LoadResult> b, ToDoubleFunction<LoadResult> figure) {
    List<String> ratios = new ArrayList<>();
    for (int c : clients) {
      ratios.add(ratio(ratio(a, b, c, figure)));
    }
    return String.join(", ", ratios);
  }

  private static void row(StringBuilder out, String measurement, String result, String goal, Boolean met) {
    out.append("| ").append(measurement).append(" | ").append(result).append(" | ").append(goal).append(" | ")
        .append(met == null ? "" : met ? "met" : "**missed**").append(" |\n");
  }

  private static double ratio(
      Map<Integer, LoadResult> a, Map<Integer, LoadResult> b, int c, ToDoubleFunction<LoadResult> figure) {
    return figure.applyAsDouble(a.get(c)) / figure.applyAsDouble(b.get(c));
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private static String millis(double ms) {
    return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static String signedMegabytes(long bytes) {
    return String.format(Locale.ROOT, "%+.1f MB", bytes / 1e6);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
