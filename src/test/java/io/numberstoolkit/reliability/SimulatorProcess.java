package io.numberstoolkit.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar's {@code simulate} command as a separate process: started, its URL read from
 * the banner it prints, and killed with SIGKILL (no shutdown hook runs, nothing is flushed).
 */
final class SimulatorProcess implements AutoCloseable {
  static final Path JAR = Path.of("target", "numbers-toolkit.jar");
  private static final Pattern BANNER = Pattern.compile("numbers simulator listening on (http://\\S+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path errors;
  private final String baseUrl;

  private SimulatorProcess(Process process, Path errors, String baseUrl) {
    this.process = process;
    this.errors = errors;
    this.baseUrl = baseUrl;
  }

  static SimulatorProcess start(Path workDir, String... arguments) throws Exception {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run mvn verify (the jar is built in package)");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
        "simulate"));
    command.addAll(List.of(arguments));
    Path errors = Files.createTempFile(workDir, "simulator", ".stderr");
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectError(errors.toFile()).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      } catch (IOException ignored) {
        // the process was killed
      }
    }, "simulator-stdout");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null) {
        Matcher banner = BANNER.matcher(line);
        if (banner.find()) {
          return new SimulatorProcess(process, errors, banner.group(1));
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("simulate " + String.join(" ", arguments) + " exited with "
            + process.exitValue() + " before listening: " + Files.readString(errors));
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("simulate printed no banner within " + START_TIMEOUT.toSeconds() + " s");
  }

  String baseUrl() {
    return baseUrl;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL, as {@code kill -9}: the JVM gets no chance to flush or close anything. */
  void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the simulator (pid " + process.pid() + ") did not die on SIGKILL");
    }
  }

  String errorOutput() throws IOException {
    return Files.readString(errors);
  }

  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
