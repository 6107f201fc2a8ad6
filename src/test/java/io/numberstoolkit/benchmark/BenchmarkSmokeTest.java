package io.numberstoolkit.benchmark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Proves the benchmark code works, not how fast anything is: the whole benchmark with tiny
 * settings (one client, a few hundred requests, stores of 100 and 200 numbers) must fill every
 * row of its table with a real measurement.
 */
class BenchmarkSmokeTest {
  private static BenchmarkResults results;
  private static String table;

  @BeforeAll
  static void runTheBenchmarkWithTinySettings() throws Exception {
    results = new Benchmark(BenchmarkSettings.smoke(), new PrintStream(OutputStream.nullOutputStream())).run();
    table = new ResultTable(results).render();
  }

  @Test
  void everyLoadRunGotAnswersAndNoErrors() {
    List<Executable> checks = new ArrayList<>();
    Map<String, Map<Integer, LoadResult>> runs = Map.of(
        "show", results.show(), "list small", results.listSmallStore(), "list large", results.listLargeStore(),
        "create", results.create(), "search", results.search(), "plain WireMock", results.plainWireMockShow());
    runs.forEach((name, byClients) -> {
      assertEquals(BenchmarkSettings.smoke().clients(), List.copyOf(byClients.keySet()), name);
      byClients.forEach((clients, run) -> checks.add(() -> {
        assertTrue(run.requests() > 0, name + ": no answer in the window");
        assertEquals(0, run.errors(), name + ": " + run.firstError());
        assertTrue(run.p50Millis() > 0 && run.p99Millis() >= run.p50Millis(), name + ": percentiles " + run);
      }));
    });
    assertAll(checks);
  }

  @Test
  void everyWrkRowGotAnswersAndNoErrorsWhereWrkIsInstalled() {
    if (Wrk.find().isEmpty()) {
      assertTrue(results.wrk().isEmpty());
      assertTrue(table.contains("wrk is not installed"), table);
      return;
    }
    assertEquals(12, results.wrk().size(), table); // 3 GET by id, 5 feature costs, 4 pages
    List<Executable> checks = new ArrayList<>();
    for (WrkSection.Result row : results.wrk()) {
      checks.add(() -> {
        assertTrue(row.requestsPerSecond() > 0, row + ": no answer");
        assertEquals(0, row.errors(), row + ": " + row.firstError());
        assertTrue(row.p50Millis() > 0 && row.p99Millis() >= row.p50Millis(), "percentiles " + row);
      });
    }
    assertAll(checks);
  }

  @Test
  void theHeapFiguresAreMeasuredAndTheRequestLogIsFull() {
    BenchmarkResults.Memory memory = results.memory();
    assertTrue(memory.emptyBytes() > 0);
    assertTrue(memory.largeStoreBytes() > 0);
    assertTrue(memory.halfwayBytes() > 0);
    assertTrue(memory.afterRequestsBytes() > 0);
    // More requests were sent than the log keeps, so it must hold exactly its capacity.
    assertTrue(memory.requestsSent() > SimulatorOptions.DEFAULT_REQUEST_LOG_SIZE);
    assertEquals(SimulatorOptions.DEFAULT_REQUEST_LOG_SIZE, memory.logEntries());
  }

  @Test
  void startUpIsTimedToAFirstAnswer() {
    assertEquals(1, results.startup().runs().size());
    assertTrue(results.startup().median().toMillis() > 0);
  }

  @Test
  void everyRowOfTheTableIsFilled() {
    String[] blocks = table.split("\n\n");
    assertEquals(4, blocks.length, table);
    List<String> loadRows = new ArrayList<>(rows(blocks[1]));
    loadRows.addAll(rows(blocks[2]));
    List<String> figureRows = rows(blocks[3]);
    // five simulator workloads, plain WireMock, the ratio; then the wrk rows, if any
    assertEquals(7 + results.wrk().size(), loadRows.size(), table);
    // two wrk goals if wrk ran, two Java-client goals, start-up, four heap figures, conformance
    assertEquals((results.wrk().isEmpty() ? 0 : 2) + 8, figureRows.size(), table);
    List<Executable> checks = new ArrayList<>();
    for (String row : loadRows) {
      checks.add(() -> assertTrue(cells(row).stream().noneMatch(String::isBlank), "empty cell in " + row));
    }
    for (String row : figureRows) {
      // A figure without a goal has no verdict; its measurement and result are always there.
      checks.add(() -> assertTrue(cells(row).subList(0, 3).stream().noneMatch(String::isBlank), "empty cell in " + row));
    }
    assertAll(checks);
    assertFalse(table.contains("NaN") || table.contains("Infinity"), table);
  }

  /** The data rows of a Markdown table: no header, no separator. */
  private static List<String> rows(String block) {
    return block.lines().filter(line -> line.startsWith("| ")).skip(1).toList();
  }

  private static List<String> cells(String row) {
    return Arrays.asList(row.substring(1, row.length() - 1).split("\\|", -1));
  }
}
