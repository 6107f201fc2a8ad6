package io.numberstoolkit.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * wrk, the external load generator users reach for: a process of its own, written in C, with
 * {@code -t2} threads and {@code -cN} keep-alive connections, each sending its next request as
 * soon as the answer is in. The requests come from a Lua script that cycles through a fixed list
 * of paths, formatted once in {@code init}, so wrk spends no time per request on Lua beyond
 * picking the next one. Any answer that is not 2xx or 3xx and any socket error count as errors.
 */
final class Wrk {
  static final int THREADS = 2;
  private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m)");
  private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  private final String executable;

  private Wrk(String executable) {
    this.executable = executable;
  }

  /** wrk from the PATH, or empty when it is not installed (Debian: {@code apt-get install wrk}). */
  static Optional<Wrk> find() {
    String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    return Stream.of(path.split(File.pathSeparator))
        .map(dir -> Path.of(dir, "wrk"))
        .filter(Files::isExecutable)
        .findFirst()
        .map(found -> new Wrk(found.toString()));
  }

  /** What to send: the paths to cycle through and the headers every request carries. */
  record Requests(List<String> paths, List<String> headers) {
    /** {@code count} paths made by {@code pathOf} from seeded random ints below {@code bound}. */
    static Requests random(int count, int bound, java.util.function.IntFunction<String> pathOf, String... headers) {
      SplittableRandom random = new SplittableRandom(0x5EED);
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        paths.add(pathOf.apply(random.nextInt(bound)));
      }
      return new Requests(paths, List.of(headers));
    }
  }

  /** One window of {@code duration} against {@code baseUrl}; the server's CPU time is read around it. */
  LoadResult run(String baseUrl, Requests requests, int connections, Duration duration, Supplier<Duration> serverCpu)
      throws IOException, InterruptedException {
    Path script = Files.createTempFile("benchmark-wrk", ".lua");
    try {
      Files.writeString(script, script(requests.paths()), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(List.of(executable, "-t" + THREADS, "-c" + connections,
          "-d" + Math.max(1, duration.toSeconds()) + "s",
          // far beyond any answer's time: a slow spell on a busy machine is latency, not an error
          "--timeout", "30s", "--latency", "-s", script.toString()));
      for (String header : requests.headers()) {
        command.add("-H");
        command.add(header);
      }
      command.add(baseUrl);
      Duration cpuFrom = serverCpu.get();
      Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = wrk.waitFor();
      Duration cpuTo = serverCpu.get();
      if (exit != 0) {
        throw new IOException("wrk exited with " + exit + ":\n" + output);
      }
      return parse(output, cpuFrom == null || cpuTo == null ? null : cpuTo.minus(cpuFrom));
    } finally {
      Files.deleteIfExists(script);
    }
  }

  static LoadResult parse(String output, Duration serverCpu) throws IOException {
    Matcher requests = REQUESTS.matcher(output);
    if (!requests.find()) {
      throw new IOException("wrk printed no request count:\n" + output);
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    for (String line : output.split("\n")) {
      Matcher percentile = PERCENTILE.matcher(line);
      if (percentile.matches()) {
        double millis = millis(percentile.group(2), percentile.group(3));
        if (percentile.group(1).equals("50")) {
          p50 = millis;
        } else {
          p99 = millis;
        }
      }
    }
    long errors = 0;
    String firstError = null;
    Matcher non2xx = NON_2XX.matcher(output);
    if (non2xx.find()) {
      errors += Long.parseLong(non2xx.group(1));
      firstError = non2xx.group();
    }
    Matcher socket = SOCKET_ERRORS.matcher(output);
    if (socket.find()) {
      for (int group = 1; group <= 4; group++) {
        errors += Long.parseLong(socket.group(group));
      }
      firstError = firstError == null ? socket.group() : firstError + "; " + socket.group();
    }
    return new LoadResult(Long.parseLong(requests.group(1)), errors,
        millis(requests.group(2), requests.group(3)) / 1000, p50, p99, serverCpu, firstError);
  }

  private static double millis(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit) {
      case "us" -> v / 1000;
      case "ms" -> v;
      case "s" -> v * 1000;
      default -> v * 60_000;
    };
  }

  private static String script(List<String> paths) {
    String list = paths.stream().map(p -> "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",\n"));
    return String.format(Locale.ROOT, """
        local paths = {
        %s
        }
        local requests = {}
        local next = 0
        function init(args)
          for i, path in ipairs(paths) do
            requests[i] = wrk.format("GET", path)
          end
        end
        function request()
          next = next %% #requests + 1
          return requests[next]
        end
        """, list);
  }
}
