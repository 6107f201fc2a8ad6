package io.numberstoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.Ipv6Loopback;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorProcess.Ended;
import io.numberstoolkit.simulator.support.SimulatorProcess;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code java -jar numbers-toolkit-standalone.jar simulate} as a user runs it: start-up, SIGTERM, bad options. */
class SimulateProcessIT {
  @TempDir Path folder;

  @Test
  void itStartsAnswersAndStopsCleanlyOnSigterm() throws Exception {
    long launched = System.nanoTime();
    try (SimulatorProcess simulator = SimulatorProcess.simulate("--port", "0")) {
      long banner = System.nanoTime();
      // A plain JDK client: the measurement is the simulator's, not this test's REST Assured warm-up.
      HttpResponse<String> first = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.json")).build(),
          HttpResponse.BodyHandlers.ofString());
      long answered = System.nanoTime();
      assertEquals(200, first.statusCode());
      assertEquals(200, NumbersClient.of(simulator.baseUrl()).given().get("/numbers.xml").statusCode());
      System.out.printf("simulate start-up: banner after %d ms, first 200 after %d ms%n",
          (banner - launched) / 1_000_000, (answered - launched) / 1_000_000);

      Ended ended = simulator.terminate();
      assertTrue(ended.exitCode() == 0 || ended.exitCode() == 143, "exit code " + ended.exitCode());
      assertFalse(ended.err().contains("Exception") || ended.err().contains("\tat "), ended.err());
      URI url = URI.create(simulator.baseUrl());
      assertThrows(IOException.class, () -> new Socket(url.getHost(), url.getPort()).close(), "the port is closed");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "--port, -5, --port",
    "--api-key, key:abc, --api-key",
    "--campaigns, MISSING, no such file",
    "--data, MISSING/numbers.jsonl, does not exist",
    "--bogus, '', --bogus",
    "--public-url, ftp://devbox/path, --public-url",
    "--allow-origin, *, --allow-origin",
    "--admin-key, '  ', --admin-key",
    "--seed, 100001, --seed",
    "--quiet, --verbose, --verbose"
  })
  void badOptionsExitWithCode2AndOneClearLine(String option, String value, String mentioned) throws Exception {
    List<String> args = new ArrayList<>(List.of(option));
    if (!value.isEmpty()) {
      args.add(value.replace("MISSING", folder.resolve("missing").toString()));
    }
    Ended ended = SimulatorProcess.simulateExpectingExit(args.toArray(String[]::new));
    assertEquals(2, ended.exitCode(), ended.err());
    assertEquals("", ended.out(), "no banner");
    assertEquals(1, ended.err().lines().count(), ended.err());
    assertTrue(ended.err().contains(mentioned), ended.err());
    assertFalse(ended.err().contains("Exception") || ended.err().contains("\tat "), ended.err());
  }

  @Test
  void theBannerSaysTheAddressBoundToAndWhoMayUseTheAdmin() throws Exception {
    try (SimulatorProcess simulator = SimulatorProcess.simulate("--port", "0")) {
      String out = simulator.terminate().out();
      String alsoIpv6 = Ipv6Loopback.available() ? " and http://[::1]:" + URI.create(simulator.baseUrl()).getPort() : "";
      assertTrue(out.startsWith("numbers simulator listening on " + simulator.baseUrl() + alsoIpv6 + " only (--bind 127.0.0.1)"), out);
      assertTrue(out.contains("web console: " + simulator.baseUrl() + "/__admin/numbers/console"), out);
      assertFalse(out.contains("localhost") || out.contains("WARNING"), out);
      assertTrue(out.contains("API keys: off"), out);
      assertTrue(out.contains("admin API: " + simulator.baseUrl() + "/__admin/numbers, no admin key: answers clients on this machine only"), out);
    }
  }

  @Test
  void eachRequestIsOneLineOnTheConsoleSaying422sWhy() throws Exception {
    try (SimulatorProcess simulator = SimulatorProcess.simulate("--port", "0", "--api-key", "secret:7")) {
      NumbersClient api = NumbersClient.of(simulator.baseUrl());
      api.given().get("/numbers.json?api_key=secret").then().statusCode(200);
      api.given().contentType("application/json").body("{\"api_key\": \"secret\", \"number\": {\"cid\": \"0001\"}}")
          .post("/numbers.json").then().statusCode(422);
      api.given().get("/__admin/numbers/sessions");
      List<String> lines = simulator.terminate().out().lines().filter(line -> line.matches("(GET|POST|PUT|DELETE) /.*")).toList();
      assertEquals(2, lines.size(), "admin requests are not printed: " + lines);
      assertTrue(lines.get(0).matches("GET /numbers\\.json\\?api_key=\\*\\*\\* 200 [0-9]+ ms"), lines.get(0));
      assertTrue(lines.get(1).matches("POST /numbers\\.json 422 [0-9]+ ms - /number/afid: is required but missing"),
          lines.get(1));
    }
  }

  @Test
  void verbosePrintsTheBodiesUnderTheLineWithTheKeyMasked() throws Exception {
    try (SimulatorProcess simulator = SimulatorProcess.simulate("--port", "0", "--api-key", "secret:7", "--verbose")) {
      NumbersClient.of(simulator.baseUrl()).given().contentType("application/json")
          .body("{\"api_key\": \"secret\", \"number\": {\"cid\": \"0001\"}}").post("/numbers.json").then().statusCode(422);
      List<String> out = simulator.terminate().out().lines().toList();
      int line = out.indexOf(out.stream().filter(l -> l.startsWith("POST /numbers.json 422 ")).findFirst().orElseThrow());
      assertEquals("  > {\"api_key\": \"***\", \"number\": {\"cid\": \"0001\"}}", out.get(line + 1), String.join("\n", out));
      assertTrue(out.get(line + 2).startsWith("  < {") && out.get(line + 2).contains("is required but missing"), out.get(line + 2));
      assertFalse(String.join("\n", out).contains("secret"), "no key is printed: " + out);
    }
  }

  @Test
  void quietPrintsNoRequestLines() throws Exception {
    try (SimulatorProcess simulator = SimulatorProcess.simulate("--port", "0", "--quiet")) {
      NumbersClient.of(simulator.baseUrl()).given().get("/numbers.json").then().statusCode(200);
      String out = simulator.terminate().out();
      assertTrue(out.startsWith("numbers simulator listening on "), out);
      assertFalse(out.contains("GET /numbers.json"), out);
    }
  }

  @Test
  void bindingEveryInterfaceWarnsThatTheApiIsReachableFromTheNetwork() throws Exception {
    try (SimulatorProcess simulator = SimulatorProcess.simulate(
        "--port", "0", "--bind", "0.0.0.0", "--api-key", "secret:7", "--admin-key", "admin-secret")) {
      String out = simulator.terminate().out();
      assertTrue(out.startsWith("numbers simulator listening on " + simulator.baseUrl()
          + " and on every other address of this machine (--bind 0.0.0.0)"), out);
      assertTrue(out.contains("WARNING: the API and the admin API are reachable from the network"), out);
      assertFalse(out.contains("admin-secret") || out.contains("secret:7"), "no key is printed: " + out);
      assertTrue(out.contains("API keys: on (1;"), out);
      assertTrue(out.contains("admin key on (Authorization: Bearer KEY)"), out);
    }
  }

  @Test
  void anUnreadableDataFileIsOneClearLine() throws Exception {
    Path data = Files.writeString(folder.resolve("numbers.jsonl"), "{\"op\": \"state\"}\nnot json\n{\"op\": \"delete\", \"id\": 1}\n");
    Ended ended = SimulatorProcess.simulateExpectingExit("--port", "0", "--data", data.toString());
    assertEquals(2, ended.exitCode(), ended.err());
    assertEquals(1, ended.err().lines().count(), ended.err());
    assertTrue(ended.err().contains(data + ":2"), ended.err());
  }
}
