package io.numberstoolkit.benchmark;

import java.util.List;
import java.util.Map;

/** Everything one benchmark run measured, before it is rendered as the table. */
record BenchmarkResults(
    String machine,
    String loadAverages,
    BenchmarkSettings settings,
    Map<Integer, LoadResult> show,
    Map<Integer, LoadResult> listSmallStore,
    Map<Integer, LoadResult> listLargeStore,
    Map<Integer, LoadResult> create,
    Map<Integer, LoadResult> search,
    Map<Integer, LoadResult> plainWireMockShow,
    Memory memory,
    StartupProbe.Startup startup,
    ConformanceProbe.Conformance conformance,
    List<WrkSection.Result> wrk,
    String wrkStatus) {

  /**
   * Heap in use after a full GC in the simulator's JVM: empty, with the large store, and after
   * half and all of the logged requests (the request log on, at its default size).
   */
  record Memory(
      long emptyBytes, long largeStoreBytes, long halfwayBytes, long afterRequestsBytes,
      long requestsSent, int logEntries) {}
}
