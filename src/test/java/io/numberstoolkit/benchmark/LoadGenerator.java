package io.numberstoolkit.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A closed-loop load generator over real HTTP on loopback: each client is a thread with one
 * keep-alive connection that sends its next request as soon as the previous answer is read. The
 * same generator, connection reuse, warm-up and window serve every server it is pointed at.
 */
final class LoadGenerator {
  private static final int WARMING = 0;
  private static final int MEASURING = 1;
  private static final int STOPPING = 2;

  private final InetSocketAddress target;
  private final Supplier<Duration> serverCpu;

  /** @param serverCpu the CPU time the server's process has used so far (null when unknown) */
  LoadGenerator(InetSocketAddress target, Supplier<Duration> serverCpu) {
    this.target = target;
    this.serverCpu = serverCpu;
  }

  /** A warm-up, then a measured window of fixed length; only the window's answers count. */
  LoadResult timed(Workload workload, int clients, Duration warmup, Duration window)
      throws InterruptedException {
    Run run = new Run(workload, clients, Long.MAX_VALUE);
    run.start(warmup.isZero() ? MEASURING : WARMING);
    if (!warmup.isZero()) {
      Thread.sleep(warmup.toMillis());
      run.phase = MEASURING;
    }
    long from = System.nanoTime();
    Duration cpuFrom = serverCpu.get();
    Thread.sleep(window.toMillis());
    run.phase = STOPPING;
    long to = System.nanoTime();
    Duration cpuTo = serverCpu.get();
    run.join();
    return run.result((to - from) / 1e9, difference(cpuFrom, cpuTo));
  }

  /** Exactly {@code total} requests shared among the clients, every one of them measured. */
  LoadResult counted(Workload workload, int clients, long total) throws InterruptedException {
    Run run = new Run(workload, clients, total);
    long from = System.nanoTime();
    Duration cpuFrom = serverCpu.get();
    run.start(MEASURING);
    run.join();
    return run.result((System.nanoTime() - from) / 1e9, difference(cpuFrom, serverCpu.get()));
  }

  private static Duration difference(Duration from, Duration to) {
    return from == null || to == null ? null : to.minus(from);
  }

  private final class Run {
    final Workload workload;
    final AtomicLong tickets;
    final List<Thread> threads = new ArrayList<>();
    final List<Latencies> latencies = new ArrayList<>();
    final AtomicLong errors = new AtomicLong();
    final AtomicReference<String> firstError = new AtomicReference<>();
    volatile int phase;

    Run(Workload workload, int clients, long total) {
      this.workload = workload;
      this.tickets = new AtomicLong(total);
      for (int client = 0; client < clients; client++) {
        Latencies recorded = new Latencies();
        Workload.ClientTurn turn = new Workload.ClientTurn(client);
        latencies.add(recorded);
        Thread thread = new Thread(() -> loop(turn, recorded), "load-client-" + client);
        thread.setDaemon(true);
        threads.add(thread);
      }
    }

    void start(int firstPhase) {
      phase = firstPhase;
      threads.forEach(Thread::start);
    }

    void join() throws InterruptedException {
      for (Thread thread : threads) {
        thread.join();
      }
    }

    private void loop(Workload.ClientTurn turn, Latencies recorded) {
      try (KeepAliveClient client = new KeepAliveClient(target)) {
        while (phase != STOPPING && tickets.getAndDecrement() > 0) {
          byte[] request = workload.next(turn);
          long start = System.nanoTime();
          String error = null;
          try {
            int status = client.exchange(request);
            if (status != workload.expectedStatus()) {
              error = "status " + status + " (expected " + workload.expectedStatus() + ")";
            }
          } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            client.close(); // the next turn reconnects
          }
          long elapsed = System.nanoTime() - start;
          if (phase == MEASURING) {
            recorded.record(elapsed);
            if (error != null) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, error);
            }
          }
        }
      }
    }

    LoadResult result(double seconds, Duration cpu) {
      long[] sorted = Latencies.merged(latencies);
      return new LoadResult(
          sorted.length, errors.get(), seconds,
          Latencies.percentileMillis(sorted, 50), Latencies.percentileMillis(sorted, 99),
          cpu, firstError.get());
    }
  }
}
