package io.numberstoolkit.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What the machine is, for the line above the table: cores, memory, CPU, JVM, OS. */
final class Machine {
  private Machine() {}

  static String describe() {
    return Runtime.getRuntime().availableProcessors() + " cores (nproc)"
        + memory().map(m -> ", " + m).orElse("")
        + cpu().map(c -> ", " + c).orElse("")
        + "; " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")"
        + "; " + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  /**
   * The 1-minute load average, or "unknown": other work on the machine takes CPU from the
   * load generator and the servers, so the table says how busy the machine was.
   */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> memory() {
    return procLine("/proc/meminfo", "MemTotal:")
        .map(line -> line.replaceAll("[^0-9]", ""))
        .map(kib -> String.format(Locale.ROOT, "%.1f GiB memory", Long.parseLong(kib) / 1024.0 / 1024.0));
  }

  private static Optional<String> cpu() {
    return procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).trim());
  }

  private static Optional<String> procLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
