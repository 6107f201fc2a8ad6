package io.numberstoolkit.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract through the tools of clients/typescript (Node and npm, pinned in its
 * package-lock.json): Redocly and Spectral find no error in it, openapi-typescript turns the bundle
 * into types that strict tsc accepts for a typed flow, and that flow (openapi-fetch) lists, shows,
 * creates, searches, updates and deletes a number on the simulator over HTTP.
 */
class GeneratedTypeScriptClientTest {

  private static final Path FOLDER = Path.of("clients", "typescript");
  /** A guard against a hung tool, not a measure: npm ci on a cold cache takes about a minute. */
  private static final long GUARD_MINUTES = 10;

  @RegisterExtension
  static final SimulatorExtension simulator = new SimulatorExtension(SimulatorOptions.defaults());

  @BeforeAll
  static void installTheTools() {
    run(Map.of(), "npm", "ci", "--no-audit", "--no-fund");
  }

  @Test
  void redoclyAndSpectralFindNoError() {
    run(Map.of(), "npm", "run", "lint");
  }

  @Test
  void theTypesPassStrictTscAndTheTypedFlowRunsAgainstTheSimulator() {
    run(Map.of(), "npm", "run", "build");
    String output = run(Map.of("NUMBERS_BASE_URL", simulator.baseUrl()), "npm", "run", "flow");
    assertTrue(output.contains("typescript flow: 6 passed, 0 failed"), output);
  }

  /** Runs a command in clients/typescript and returns what it printed; fails unless it exits 0. */
  private static String run(Map<String, String> environment, String... command) {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(FOLDER.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
      assertEquals(0, process.exitValue(), String.join(" ", command) + " in " + FOLDER + ":\n" + output);
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(String.join(" ", command) + ": cannot run it; Node and npm are needed"
          + " (Debian: apt-get install nodejs npm)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
