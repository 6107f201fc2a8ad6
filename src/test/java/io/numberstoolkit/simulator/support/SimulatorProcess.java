package io.numberstoolkit.simulator.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/numbers-toolkit.jar simulate ARGS} as a separate process, as a user runs
 * it: its output read as it comes, the simulator's URL taken from its banner line, and ended by
 * SIGTERM or SIGKILL. The one way the process-level tests (cli, reliability) start the jar.
 */
public final class SimulatorProcess implements AutoCloseable {
  public static final Path JAR = Path.of("target", "numbers-toolkit.jar");
  private static final Pattern BANNER = Pattern.compile("numbers simulator listening on (http://127\\.0\\.0\\.1:[0-9]+) .*");
  /** The first line of {@code proxy}: the URL it listens on. */
  private static final Pattern PROXY_BANNER = Pattern.compile("Validating proxy at (http://127\\.0\\.0\\.1:[0-9]+) .*");
  /** Generous: the process tests run beside the rest of {@code mvn verify} on a shared machine. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final Output out;
  private final Output err;
  private String baseUrl;

  private SimulatorProcess(Process process) {
    this.process = process;
    this.out = new Output(process.getInputStream());
    this.err = new Output(process.getErrorStream());
  }

  /** Starts {@code simulate ARGS} and waits (bounded) for its banner. */
  public static SimulatorProcess simulate(String... args) throws IOException, InterruptedException {
    return simulateIn(List.of(), args);
  }

  /** The same in a JVM started with {@code jvmOptions}, such as {@code -Xmx128m}. */
  public static SimulatorProcess simulateIn(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    SimulatorProcess started = launch(jvmOptions, args);
    started.baseUrl = started.awaitBanner();
    return started;
  }

  /** Starts {@code proxy ARGS} and waits (bounded) for its banner: the same process handling for the proxy. */
  public static SimulatorProcess proxy(String... args) throws IOException, InterruptedException {
    SimulatorProcess started = launch(List.of(), "proxy", args);
    started.baseUrl = started.awaitBanner(PROXY_BANNER);
    return started;
  }

  /** Runs {@code simulate ARGS}, expected to end by itself; bounded. */
  public static Ended simulateExpectingExit(String... args) throws IOException, InterruptedException {
    try (SimulatorProcess run = launch(List.of(), args)) {
      if (!run.process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("simulate " + String.join(" ", args) + " did not exit; it printed:\n" + run.out.text());
      }
      return run.ended();
    }
  }

  private static SimulatorProcess launch(List<String> jvmOptions, String... args) throws IOException {
    return launch(jvmOptions, "simulate", args);
  }

  private static SimulatorProcess launch(List<String> jvmOptions, String subcommand, String... args) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new AssertionError(JAR + " is missing: these tests run in `mvn verify`, after `package`");
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString(), subcommand));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("NUMBERS_ADMIN_KEY"); // a developer's own key would lock the tests out
    return new SimulatorProcess(builder.start());
  }

  private String awaitBanner() throws InterruptedException {
    return awaitBanner(BANNER);
  }

  private String awaitBanner(Pattern bannerLine) throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : out.lines()) {
        Matcher banner = bannerLine.matcher(line);
        if (banner.matches()) {
          return banner.group(1);
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError("the simulator exited with " + process.exitValue() + ":\n" + out.text() + err.text());
      }
      Thread.sleep(20);
    }
    process.destroyForcibly();
    throw new AssertionError("no banner within " + START_TIMEOUT + "; it printed:\n" + out.text() + err.text());
  }

  public String baseUrl() {
    return baseUrl;
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("the killed simulator (pid " + process.pid() + ") did not die");
    }
  }

  /** SIGTERM on Linux, what Ctrl-C and service managers send; waits (bounded) for the exit. */
  public Ended terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the simulator ignored SIGTERM");
    }
    return ended();
  }

  private Ended ended() throws InterruptedException {
    out.join();
    err.join();
    return new Ended(process.exitValue(), out.text(), err.text());
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  /** How a process ended: its exit code and everything it printed. */
  public record Ended(int exitCode, String out, String err) {}

  /** A stream read line by line on a thread of its own, so the process never blocks on a full pipe. */
  private static final class Output {
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    Output(InputStream stream) {
      reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            synchronized (lines) {
              lines.add(line);
            }
          }
        } catch (IOException ignored) {
          // the process is gone; what was read is kept
        }
      }, "simulator-output");
      reader.setDaemon(true);
      reader.start();
    }

    List<String> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }

    String text() {
      return String.join("\n", lines()) + (lines().isEmpty() ? "" : "\n");
    }

    void join() throws InterruptedException {
      reader.join(TimeUnit.SECONDS.toMillis(5));
    }
  }
}
