package io.numberstoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.support.SimulatorProcess;
import io.numberstoolkit.simulator.support.SimulatorProcess.Ended;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar numbers-toolkit.jar proxy} as a CI job runs it: a line per exchange, reports written on SIGTERM. */
class ProxyProcessIT {
  @TempDir Path folder;

  @Test
  void itForwardsPrintsALinePerExchangeAndWritesItsReportsOnSigterm() throws Exception {
    Path reports = folder.resolve("reports");
    Path recording = folder.resolve("recorded.json");
    try (Simulator target = Simulator.start(SimulatorOptions.builder().port(0).apiKey("ci-key", 1L).build());
        SimulatorProcess proxy = SimulatorProcess.proxy("--target", target.baseUrl(), "--port", "0",
            "--report", reports.toString(), "--record", recording.toString())) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(proxy.baseUrl() + "/numbers/5.json?api_key=ci-key")).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      Ended ended = proxy.terminate();
      assertAll(
          () -> assertTrue(ended.exitCode() == 0 || ended.exitCode() == 143, "exit code " + ended.exitCode()),
          () -> assertTrue(ended.out().lines().anyMatch(l -> l.matches("GET /numbers/5\\.json\\?api_key=\\*\\*\\* 200 \\d+ ms ok")),
              ended.out()),
          () -> assertFalse(ended.out().contains("ci-key") || ended.err().contains("ci-key"), "the key is never printed"),
          // The summary line the shutdown hook prints is not asserted: Process.destroy() closes this
          // side of the pipes as it sends SIGTERM, so nothing printed after it arrives here.
          () -> assertTrue(Files.readString(reports.resolve("junit.xml")).contains("failures=\"0\"")),
          () -> assertTrue(Files.readString(recording).contains("\"id\" : 5")),
          () -> assertFalse(ended.err().contains("Exception"), ended.err()));
    }
  }

  @Test
  void aTargetThatIsNoUrlExitsWithCode2AndOneClearLine() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", SimulatorProcess.JAR.toString(), "proxy", "--target", "ftp://somewhere", "--port", "0").start();
    assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "it exits");
    String err = new String(process.getErrorStream().readAllBytes());
    assertEquals(2, process.exitValue(), err);
    assertTrue(err.contains("--target takes http(s)://HOST"), err);
  }
}
