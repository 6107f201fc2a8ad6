package io.numberstoolkit.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The conformance suite's wall time against the in-process simulator, when the suite is on the
 * classpath; otherwise the reason it was not measured.
 */
final class ConformanceProbe {
  /** The suite class that {@code mvn verify} runs (override: {@code -Dbenchmark.conformance.suite=CLASS}). */
  static final String SUITE =
      System.getProperty("benchmark.conformance.suite", "io.numberstoolkit.conformance.ConformanceSuiteTest");
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

  /** A measured run, or why there is none ({@code time} null). */
  record Conformance(Duration time, long succeeded, long failed, String notMeasured) {
    static Conformance notMeasured(String why) {
      return new Conformance(null, 0, 0, why);
    }
  }

  private ConformanceProbe() {}

  static boolean suitePresent() {
    try {
      Class.forName(SUITE, false, ConformanceProbe.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  static Conformance measure() throws IOException, InterruptedException {
    if (!suitePresent()) {
      return Conformance.notMeasured("n/a (not yet landed)");
    }
    List<String> command = new ArrayList<>(JavaCommand.withClasspath());
    command.add(ConformanceMain.class.getName());
    command.add(SUITE);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader output =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.startsWith("CONFORMANCE ")) {
          String[] fields = line.split(" ");
          return new Conformance(
              Duration.ofMillis(Long.parseLong(fields[1])), Long.parseLong(fields[2]), Long.parseLong(fields[3]), null);
        }
      }
      return Conformance.notMeasured("failed to run (exit code " + exit(process) + ")");
    } finally {
      if (!process.waitFor(GIVE_UP_AFTER.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static int exit(Process process) throws InterruptedException {
    return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }
}
