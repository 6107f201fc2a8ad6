package io.numberstoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.persistence.DataFile;
import io.numberstoolkit.simulator.store.Greeting;
import io.numberstoolkit.simulator.store.MenuOption;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.Timer;
import io.numberstoolkit.simulator.support.SimulatorProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator in a small heap ({@code -Xmx128m}) with a 20,000-number start state, as the issue
 * found it: sessions stop at what memory allows with a JSON 429 (the 99th session was an HTML 500
 * OutOfMemoryError under -Xmx200m), and a request that still runs out of memory (a million
 * invalid timers, 15 MB, under the body limit) is a JSON 503, after which the simulator serves on.
 */
class SimulateMemoryIT {
  private static final List<String> SMALL_HEAP = List.of("-Xmx128m");
  private static final int NUMBERS = 20_000;

  @TempDir Path folder;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void sessionsStopAtWhatMemoryAllowsAndRunningOutIsAJson503() throws Exception {
    Path data = folder.resolve("numbers.jsonl");
    try (DataFile file = DataFile.open(data)) {
      file.replaced(manyNumbers());
    }
    try (SimulatorProcess simulator = SimulatorProcess.simulateIn(SMALL_HEAP, "--port", "0", "--data", data.toString())) {
      int refused = 0;
      for (int i = 1; i <= 100; i++) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.json"))
            .header("X-Numbers-Session", "s" + i));
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 429, "session " + i + ": " + answer.statusCode());
        assertJson(answer);
        if (answer.statusCode() == 429) {
          refused++;
          assertTrue(answer.body().contains("over the start state's 20000 numbers"), answer.body());
        }
      }
      assertTrue(refused > 0, "a 128 MB heap does not hold 100 sessions of 20,000 numbers");
      System.out.println("-Xmx128m, 20,000 numbers: " + (100 - refused) + " sessions served, " + refused + " refused");

      StringJoiner timers = new StringJoiner(",", "[", "]");
      for (int i = 0; i < 1_000_000; i++) {
        timers.add("{\"seconds\":\"x\"}");
      }
      HttpResponse<String> huge = send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers.json"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"number\": {\"timers_attributes\": " + timers + "}}")));
      assertTrue(huge.statusCode() == 503 || huge.statusCode() == 422, huge.statusCode() + ": " + huge.body());
      assertJson(huge);
      System.out.println("-Xmx128m, a million invalid timers: " + huge.statusCode() + " " + huge.body());

      assertEquals(200, send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/numbers/1.json"))).statusCode());
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertJson(HttpResponse<String> answer) {
    assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0],
        answer.statusCode() + ": " + answer.body().substring(0, Math.min(300, answer.body().length())));
  }

  private static SpaceState manyNumbers() {
    Instant at = Instant.parse("2012-05-03T13:53:23Z");
    List<NumberRecord> numbers = new ArrayList<>();
    for (int i = 1; i <= NUMBERS; i++) {
      numbers.add(new NumberRecord(i, 1, "+1800" + (5000000 + i), true, at, at, "s" + (i % 5), "000" + (i % 10), "0001",
          false, new Greeting.Spoken("Hello", "Female", false),
          List.of(new Timer(i, 5, "http://pixels.example/" + i, false)),
          List.of(new MenuOption(i, "1", null, "+18005550100", false))));
    }
    return new SpaceState(numbers, new Sequences(NUMBERS + 1, NUMBERS + 1, NUMBERS + 1));
  }
}
