package io.numberstoolkit.proxy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.numberstoolkit.cli.Main;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taking a real account's numbers offline: {@code snapshot} walks a target's list pages into a
 * state file, {@code proxy --record} writes the numbers its traffic showed, and {@code simulate
 * --state FILE} (or the admin import) starts from either; a file the import would refuse stops
 * the start with exit 2 and the import's own words.
 */
class RecordAndSnapshotAcceptanceTest {
  private static final String KEY = "snapshot-key";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Test
  void aSnapshotOfASeededSimulatorLoadedIntoAFreshOneGivesTheSameList() throws Exception {
    Path file = dir.resolve("account.json");
    try (Simulator seeded = Simulator.start(SimulatorOptions.builder().port(0).apiKey(KEY, 1L).seed(60).build())) {
      String out = run(0, "snapshot", "--base-url", seeded.baseUrl(), "--api-key", KEY, "--out", file.toString());
      assertTrue(out.contains("62 numbers from 3 pages written to " + file), out);
      ArrayNode original = wholeList(seeded.baseUrl(), "?api_key=" + KEY);
      try (Simulator fresh = Simulator.start(SimulatorOptions.builder().port(0).state(file).build())) {
        ArrayNode copy = wholeList(fresh.baseUrl(), "");
        JsonNode state = JSON.readTree(Files.readString(file));
        Set<String> campaigns = new HashSet<>();
        state.path("campaigns").forEach(c -> campaigns.add(c.path("cid").asText()));
        Set<String> cids = new HashSet<>();
        original.forEach(n -> cids.add(n.path("number").path("cid").asText()));
        assertAll(
            () -> assertEquals(62, original.size()),
            () -> assertEquals(original, copy),
            () -> assertEquals(cids, campaigns, "every campaign the numbers showed is recorded"),
            () -> assertFalse(Files.readString(file).contains(KEY), "the key is not in the file"));
      }
      HttpResponse<String> imported = client.send(HttpRequest.newBuilder(URI.create(seeded.baseUrl() + "/__admin/numbers/state"))
          .timeout(TIMEOUT).header("Content-Type", "application/json").header("X-Numbers-Session", "copy")
          .PUT(HttpRequest.BodyPublishers.ofString(Files.readString(file))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(403, imported.statusCode(), "keys on and no admin key: the admin is off, as always: " + imported.body());
    }
  }

  @Test
  void theAdminImportLoadsASnapshotToo() throws Exception {
    Path file = dir.resolve("account.json");
    try (Simulator seeded = Simulator.start(SimulatorOptions.builder().port(0).seed(30).build());
        Simulator other = Simulator.start(SimulatorOptions.builder().port(0).empty().build())) {
      run(0, "snapshot", "--base-url", seeded.baseUrl(), "--api-key", "any", "--out", file.toString());
      HttpResponse<String> imported = client.send(HttpRequest.newBuilder(URI.create(other.baseUrl() + "/__admin/numbers/state"))
          .timeout(TIMEOUT).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(Files.readString(file))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, imported.statusCode(), imported.body());
      assertEquals(wholeList(seeded.baseUrl(), ""), wholeList(other.baseUrl(), ""));
    }
  }

  @Test
  void theProxyRecordsTheNumbersItsTrafficShowedAndForgetsTheDeletedOnes() throws Exception {
    Path file = dir.resolve("recorded.json");
    long created;
    try (Simulator target = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      try (ValidatingProxy proxy = ValidatingProxy.start(ProxyOptions.to(target.baseUrl()).recordTo(file))) {
        wholeList(proxy.baseUrl(), "");
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/numbers.json"))
            .timeout(TIMEOUT).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"number\": {\"cid\": \"111\", \"afid\": \"0002\", \"sid\": \"rec\","
                + " \"message\": \"Recorded\", \"voice_gender\": \"Male\"}}")).build(), HttpResponse.BodyHandlers.ofString());
        created = JSON.readTree(answer.body()).path("number").path("id").asLong();
        client.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/numbers/5.json")).timeout(TIMEOUT).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(0, proxy.exchangesWithViolations(), proxy.violations().toString());
      }
      try (Simulator offline = Simulator.start(SimulatorOptions.builder().port(0).state(file).build())) {
        assertAll(
            () -> assertEquals(200, get(offline.baseUrl() + "/numbers/" + created + ".json").statusCode()),
            () -> assertEquals(404, get(offline.baseUrl() + "/numbers/5.json").statusCode()),
            () -> assertEquals(wholeList(target.baseUrl(), ""), wholeList(offline.baseUrl(), "")));
      }
    }
  }

  @Test
  void aStateFileTheImportWouldRefuseStopsTheStartWithItsOwnWords() throws Exception {
    Path notJson = Files.writeString(dir.resolve("not.json"), "{\"numbers\": [");
    Path twice = dir.resolve("twice.json");
    try (Simulator seeded = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      JsonNode state = JSON.readTree(get(seeded.baseUrl() + "/__admin/numbers/state").body());
      ((ArrayNode) state.get("numbers")).add(state.get("numbers").get(0).deepCopy());
      Files.writeString(twice, state.toString());
    }
    Path badNumber = Files.writeString(dir.resolve("bad.json"),
        "{\"numbers\": [{\"company_id\": 1, \"number\": {\"id\": 1, \"number\": \"not a phone\"}}]}");
    assertAll(
        () -> assertTrue(run(2, "simulate", "--port", "0", "--state", notJson.toString()).contains("not JSON")),
        () -> assertTrue(run(2, "simulate", "--port", "0", "--state", twice.toString()).contains("is also the id of /numbers/0")),
        () -> assertTrue(run(2, "simulate", "--port", "0", "--state", badNumber.toString()).contains("/numbers/0/number")),
        () -> assertTrue(run(2, "simulate", "--port", "0", "--state", dir.resolve("missing.json").toString()).contains("no such file")));
  }

  /** Every page of the list, in order, following ?page until a page comes short. */
  private ArrayNode wholeList(String baseUrl, String keyQuery) throws Exception {
    ArrayNode all = JSON.createArrayNode();
    for (int page = 1; page < 100; page++) {
      String url = baseUrl + "/numbers.json" + (keyQuery.isEmpty() ? "?" : keyQuery + "&") + "page=" + page;
      HttpResponse<String> answer = get(url);
      assertEquals(200, answer.statusCode(), answer.body());
      JsonNode numbers = JSON.readTree(answer.body());
      numbers.forEach(all::add);
      if (numbers.size() < 25) {
        break;
      }
    }
    return all;
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Runs a command in-process; its output and errors, after checking its exit code. */
  private static String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    assertEquals(expectedExit, exit, out + "\n" + err);
    return out + "\n" + err;
  }
}
