package io.numberstoolkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.support.SimulatorConventions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 16 clients create, update, search and delete 10,000 numbers at once. Every client keeps a
 * ledger of what the simulator acknowledged; afterwards the simulator must hold exactly that:
 * ids and phone numbers unique, no acknowledged create, update or delete lost. A few "hot"
 * numbers are updated by every client, and must end as the acknowledged update that came last
 * (the one with the latest updated_at, which moves forward on every update).
 */
class ConcurrentLoadTest {
  static final int CLIENTS = 16;
  static final int NUMBERS = 10_000;
  static final int HOT_NUMBERS = 4;
  static final int HOT_UPDATES_PER_CLIENT = 25;

  /** What one client was told. */
  static final class Ledger {
    final Map<Long, JsonNode> live = new HashMap<>();
    final Set<Long> deleted = new HashSet<>();
    final List<Long> created = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void sixteenClientsLoseNoAcknowledgedWriteAndKeepIdsAndPhoneNumbersUnique() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).empty().build())) {
      JsonClient client = new JsonClient(simulator.baseUrl());
      List<Long> hot = new ArrayList<>();
      for (int i = 0; i < HOT_NUMBERS; i++) {
        JsonClient.Reply created = client.send("POST", "/numbers.json", createBody("hot", i, false));
        assertEquals(SimulatorConventions.successStatus(Operation.CREATE), created.status(), created::describe);
        hot.add(created.body().path("number").path("id").asLong());
      }
      Map<Long, List<JsonNode>> hotAnswers = new ConcurrentHashMap<>();
      hot.forEach(id -> hotAnswers.put(id, java.util.Collections.synchronizedList(new ArrayList<>())));

      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<Ledger>> futures = new ArrayList<>();
      long started = System.nanoTime();
      for (int c = 0; c < CLIENTS; c++) {
        int clientNumber = c;
        futures.add(pool.submit(() -> work(client, clientNumber, hot, hotAnswers)));
      }
      List<Ledger> ledgers = new ArrayList<>();
      for (Future<Ledger> future : futures) {
        ledgers.add(future.get(150, TimeUnit.SECONDS));
      }
      pool.shutdown();
      long millis = (System.nanoTime() - started) / 1_000_000;

      List<String> problems = new ArrayList<>();
      ledgers.forEach(l -> problems.addAll(l.problems));
      assertTrue(problems.isEmpty(), () -> problems.size() + " request(s) went wrong under load, e.g.:\n"
          + String.join("\n", problems.subList(0, Math.min(10, problems.size()))));

      Map<Long, JsonNode> expected = new TreeMap<>();
      Set<Long> allCreated = new HashSet<>();
      int creates = 0;
      for (Ledger ledger : ledgers) {
        expected.putAll(ledger.live);
        creates += ledger.created.size();
        allCreated.addAll(ledger.created);
      }
      assertEquals(NUMBERS, creates, "acknowledged creates");
      assertEquals(creates, allCreated.size(), "two acknowledged creates were given the same id");
      for (Long id : hot) {
        JsonNode last = hotAnswers.get(id).stream()
            .max((a, b) -> a.path("updated_at").asText().compareTo(b.path("updated_at").asText())).orElseThrow();
        expected.put(id, last);
      }

      Map<Long, JsonNode> listed = listAll(client);
      Set<String> phones = new HashSet<>();
      for (JsonNode number : listed.values()) {
        assertTrue(phones.add(number.path("number").asText()), () -> "phone number " + number.path("number")
            + " is held by two numbers");
      }
      assertEquals(expected.keySet(), listed.keySet(),
          "the listed ids differ from the acknowledged creates minus the acknowledged deletes");
      for (Map.Entry<Long, JsonNode> entry : expected.entrySet()) {
        assertEquals(entry.getValue(), listed.get(entry.getKey()),
            "number " + entry.getKey() + " is not as its last acknowledged write left it");
      }
      JsonClient.Reply state = client.get("/__admin/numbers/state");
      Map<Long, JsonNode> exported = new TreeMap<>();
      state.body().path("numbers").forEach(n -> exported.put(n.path("number").path("id").asLong(), n.path("number")));
      assertEquals(listed, exported, "the admin export differs from the listing");
      System.out.printf("load: %d clients, %d creates, %d live at the end, %d hot updates, %d ms%n",
          CLIENTS, creates, listed.size(), hotAnswers.values().stream().mapToInt(List::size).sum(), millis);
    }
  }

  /** One client: its share of creates, each followed by some of update, search, show and delete. */
  private static Ledger work(JsonClient client, int clientNumber, List<Long> hot, Map<Long, List<JsonNode>> hotAnswers) {
    Ledger ledger = new Ledger();
    SplittableRandom random = new SplittableRandom(clientNumber);
    int share = NUMBERS / CLIENTS + (clientNumber < NUMBERS % CLIENTS ? 1 : 0);
    int hotEvery = Math.max(1, share / HOT_UPDATES_PER_CLIENT);
    try {
      for (int i = 0; i < share; i++) {
        JsonClient.Reply created = client.send("POST", "/numbers.json", createBody("c" + clientNumber, i, random.nextInt(20) == 0));
        if (!expect(ledger, created, SimulatorConventions.successStatus(Operation.CREATE))) {
          continue;
        }
        JsonNode number = created.body().path("number");
        long id = number.path("id").asLong();
        ledger.created.add(id);
        ledger.live.put(id, number);
        int roll = random.nextInt(10);
        if (roll < 3) {
          JsonClient.Reply updated = client.send("PUT", "/numbers/" + id + ".json",
              "{\"number\": {\"afid\": \"u" + clientNumber + "\", \"sid\": \"" + sid("c" + clientNumber, i) + "-u\","
                  + " \"message\": \"updated by " + clientNumber + "\"}}");
          if (expect(ledger, updated, 200)) {
            ledger.live.put(id, updated.body().path("number"));
            searchFinds(client, ledger, ledger.live.get(id));
          }
        } else if (roll < 5) {
          JsonClient.Reply deleted = client.send("DELETE", "/numbers/" + id + ".json", null);
          if (expect(ledger, deleted, SimulatorConventions.successStatus(Operation.DELETE))) {
            ledger.live.remove(id);
            ledger.deleted.add(id);
            expect(ledger, client.get("/numbers/" + id + ".json"), 404);
          }
        } else if (roll < 7) {
          searchFinds(client, ledger, number);
        } else if (roll < 8) {
          JsonClient.Reply shown = client.get("/numbers/" + id + ".xml");
          if (expect(ledger, shown, 200) && !shown.body().path("number").equals(number)) {
            ledger.problems.add("the XML show differs from the acknowledged create: " + shown.describe());
          }
        }
        if (i % hotEvery == 0) {
          long target = hot.get(random.nextInt(hot.size()));
          JsonClient.Reply updated = client.send("PUT", "/numbers/" + target + ".json",
              "{\"number\": {\"destroy_nested\": true, \"sid\": \"hot-" + clientNumber + "-" + i + "\","
                  + " \"timers_attributes\": [{\"seconds\": " + i + ", \"url\": \"http://x.test/" + clientNumber + "\"}]}}");
          if (expect(ledger, updated, 200)) {
            hotAnswers.get(target).add(updated.body().path("number"));
          }
        }
      }
    } catch (Exception e) {
      ledger.problems.add("client " + clientNumber + " stopped: " + e);
    }
    return ledger;
  }

  private static void searchFinds(JsonClient client, Ledger ledger, JsonNode number) throws Exception {
    String path = "/numbers/for/cid/" + number.path("cid").asText() + "/afid/" + number.path("afid").asText()
        + "/sid/" + number.path("sid").asText() + ".json";
    JsonClient.Reply found = client.get(path);
    if (expect(ledger, found, 200) && (found.body().size() != 1 || !found.body().get(0).path("number").equals(number))) {
      ledger.problems.add("the search does not show exactly the acknowledged number " + number.path("id")
          + ": " + found.describe());
    }
  }

  private static boolean expect(Ledger ledger, JsonClient.Reply reply, int status) {
    if (reply.status() != status || (status != 204 && reply.body() == null)) {
      ledger.problems.add("expected " + status + ": " + reply.describe());
      return false;
    }
    return true;
  }

  private static String createBody(String client, int i, boolean desired) {
    return "{\"number\": {\"afid\": \"" + client + "\", \"cid\": \"0001\", \"sid\": \"" + sid(client, i) + "\""
        + (desired ? ", \"desired_text\": \"DEBUG\"" : "")
        + (i % 3 == 1 ? ", \"type\": \"Local\", \"country\": \"GB\"" : "") + "}}";
  }

  private static String sid(String client, int i) {
    return client + "-n" + i;
  }

  /** Every page of the index, read after the load: the simulator's whole state as a client sees it. */
  private static Map<Long, JsonNode> listAll(JsonClient client) throws Exception {
    Map<Long, JsonNode> numbers = new TreeMap<>();
    long previous = Long.MIN_VALUE;
    for (int page = 1; ; page++) {
      JsonClient.Reply reply = client.get("/numbers.json?page=" + page);
      assertEquals(200, reply.status(), reply::describe);
      if (reply.body().isEmpty()) {
        return numbers;
      }
      for (JsonNode item : reply.body()) {
        JsonNode number = item.path("number");
        long id = number.path("id").asLong();
        assertTrue(id > previous, () -> "the index is not in id order, or repeats id " + id);
        previous = id;
        numbers.put(id, number);
      }
    }
  }
}
