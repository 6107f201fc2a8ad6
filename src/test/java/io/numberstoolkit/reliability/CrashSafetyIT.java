package io.numberstoolkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.simulator.persistence.DataFileRecovery;
import io.numberstoolkit.simulator.support.SimulatorConventions;
import io.numberstoolkit.simulator.support.SimulatorProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --data FILE} killed with SIGKILL in the middle of a write load, then started
 * again on the same file, a few rounds in a row. Every acknowledged create, update and delete
 * must be there after the restart, ids are never handed out twice, and the file always parses.
 * A write whose answer never arrived (in flight at the kill) may have happened or not, but
 * wholly: its number as the client last knew it, or as the write would have left it.
 */
class CrashSafetyIT {
  static final int ROUNDS = 3;
  static final int WRITERS = 4;
  static final int ACKNOWLEDGED_BEFORE_KILL = 120;

  /** A write sent but not answered; {@code sid} marks what it would leave behind. */
  private record InFlight(Operation operation, long id, String sid) {}

  private final Map<Long, JsonNode> live = new ConcurrentHashMap<>();
  /** The last acknowledged request and answer for each id, to name in a failure. */
  private final Map<Long, String> lastAcknowledged = new ConcurrentHashMap<>();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private long highestIdSeen;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void everyAcknowledgedWriteSurvivesKillDashNine(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("numbers.jsonl");
    SplittableRandom random = new SplittableRandom(7);
    Map<Integer, InFlight> inFlight = new ConcurrentHashMap<>();
    for (int round = 1; round <= ROUNDS + 1; round++) {
      SimulatorProcess simulator = SimulatorProcess.simulate("--port", "0", "--data", data.toString(), "--empty");
      try {
        JsonClient client = new JsonClient(simulator.baseUrl());
        checkRestored(client, inFlight, round);
        inFlight.clear();
        if (round > ROUNDS) {
          break;
        }
        runUntilKilled(simulator, client, round, random, inFlight);
      } finally {
        simulator.close();
      }
      checkFileReadable(data, round);
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
  }

  /** Writers create, update and delete their own numbers; the simulator is killed mid-stream. */
  private void runUntilKilled(SimulatorProcess simulator, JsonClient client, int round, SplittableRandom random,
      Map<Integer, InFlight> inFlight) throws Exception {
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    long idsFrom = highestIdSeen;
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      long seed = random.nextLong();
      Thread thread = new Thread(() -> write(client, round, writer, new SplittableRandom(seed), idsFrom,
          acknowledged, killed, inFlight), "writer-" + w);
      writers.add(thread);
      thread.start();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(acknowledged.get() >= ACKNOWLEDGED_BEFORE_KILL,
        () -> "round " + round + ": only " + acknowledged.get() + " writes acknowledged in 60 s");
    Thread.sleep(random.nextInt(50));
    killed.set(true);
    simulator.kill();
    for (Thread thread : writers) {
      thread.join(TimeUnit.SECONDS.toMillis(40));
      assertTrue(!thread.isAlive(), "a writer is still waiting for a killed simulator");
    }
    System.out.printf("crash round %d: killed pid %d after %d acknowledged writes, %d in flight%n",
        round, simulator.pid(), acknowledged.get(), inFlight.size());
  }

  private void write(JsonClient client, int round, int writer, SplittableRandom random, long idsFrom,
      AtomicInteger acknowledged, AtomicBoolean killed, Map<Integer, InFlight> inFlight) {
    List<Long> mine = new ArrayList<>();
    for (int n = 0; ; n++) {
      String sid = "r" + round + "-w" + writer + "-" + n;
      int roll = random.nextInt(10);
      Operation operation = mine.isEmpty() || roll < 5 ? Operation.CREATE : roll < 8 ? Operation.UPDATE : Operation.DELETE;
      long id = operation == Operation.CREATE ? 0 : mine.get(random.nextInt(mine.size()));
      inFlight.put(writer, new InFlight(operation, id, sid));
      JsonClient.Reply reply;
      try {
        String path = operation == Operation.CREATE ? "/numbers.json" : "/numbers/" + id + ".json";
        String body = switch (operation) {
          case CREATE -> "{\"number\": {\"afid\": \"w" + writer + "\", \"cid\": \"0001\", \"sid\": \"" + sid + "\","
              + " \"message\": \"round " + round + "\"}}";
          case UPDATE -> "{\"number\": {\"sid\": \"" + sid + "\", \"afid\": \"w" + writer + "-u\"}}";
          default -> null; // a delete sends no body
        };
        reply = client.send(operation.method(), path, body);
      } catch (IOException | InterruptedException e) {
        if (!killed.get()) {
          problems.add("round " + round + ": writer " + writer + " failed before the kill: " + e);
        }
        return; // the simulator is gone; whether this write happened is unknown
      }
      int expected = SimulatorConventions.successStatus(operation);
      if (reply.status() != expected) {
        problems.add("round " + round + ": expected " + expected + ": " + reply.describe());
        inFlight.remove(writer);
        return;
      }
      long touched = operation == Operation.CREATE ? reply.body().path("number").path("id").asLong() : id;
      lastAcknowledged.put(touched, "round " + round + ": " + reply.describe());
      switch (operation) {
        case CREATE -> {
          JsonNode number = reply.body().path("number");
          long created = number.path("id").asLong();
          if (created <= idsFrom) {
            problems.add("round " + round + ": id " + created + " handed out again (ids up to " + idsFrom
                + " were given before the restart)");
          }
          live.put(created, number);
          mine.add(created);
        }
        case UPDATE -> live.put(id, reply.body().path("number"));
        case DELETE -> {
          live.remove(id);
          mine.remove(id);
        }
      }
      inFlight.remove(writer);
      acknowledged.incrementAndGet();
    }
  }

  /** After a restart: exactly the acknowledged numbers, with writes in flight applied wholly or not at all. */
  private void checkRestored(JsonClient client, Map<Integer, InFlight> inFlight, int round) throws Exception {
    JsonClient.Reply state = client.get("/__admin/numbers/state");
    assertEquals(200, state.status(), state::describe);
    Map<Long, JsonNode> restored = new TreeMap<>();
    state.body().path("numbers").forEach(n -> restored.put(n.path("number").path("id").asLong(), n.path("number")));
    for (InFlight write : inFlight.values()) {
      switch (write.operation()) {
        case CREATE -> restored.values().stream().filter(n -> n.path("sid").asText().equals(write.sid())).findFirst()
            .ifPresent(n -> live.put(n.path("id").asLong(), n));
        case UPDATE -> {
          JsonNode now = restored.get(write.id());
          if (now != null && now.path("sid").asText().equals(write.sid())) {
            live.put(write.id(), now);
          }
        }
        case DELETE -> {
          if (!restored.containsKey(write.id())) {
            live.remove(write.id());
          }
        }
      }
    }
    String context = "after restart " + (round - 1) + " (" + inFlight.size() + " writes were in flight: " + inFlight.values() + ")";
    Set<Long> differing = new TreeSet<>(live.keySet());
    differing.addAll(restored.keySet());
    differing.removeIf(id -> java.util.Objects.equals(live.get(id), restored.get(id)));
    if (!differing.isEmpty()) {
      StringBuilder report = new StringBuilder(context + ": " + differing.size()
          + " number(s) not as their last acknowledged write left them:");
      differing.stream().limit(5).forEach(id -> report.append("\n number ").append(id)
          .append(restored.containsKey(id) ? live.containsKey(id) ? " differs" : " should be gone" : " is missing")
          .append("; last acknowledged: ").append(lastAcknowledged.getOrDefault(id, "none"))
          .append("\n  restored: ").append(restored.get(id)));
      throw new AssertionError(report.toString());
    }
    JsonClient.Reply listed = client.get("/numbers.json?page=1");
    assertEquals(200, listed.status(), listed::describe);
    highestIdSeen = Math.max(highestIdSeen, state.body().path("sequences").path("number").asLong() - 1);
    for (Long id : restored.keySet()) {
      highestIdSeen = Math.max(highestIdSeen, id);
    }
  }

  /** Right after a kill the file must read: whole JSON lines, except perhaps a torn last one. */
  private static void checkFileReadable(Path data, int round) throws IOException {
    List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
    assertTrue(!lines.isEmpty(), "round " + round + ": the data file is empty after the kill");
    for (int i = 0; i < lines.size() - 1; i++) {
      try {
        Answers.JSON.readTree(lines.get(i));
      } catch (IOException e) {
        throw new AssertionError("round " + round + ": line " + (i + 1) + " of " + lines.size()
            + " of the data file is damaged: " + EscapedText.of(lines.get(i), 200), e);
      }
    }
    DataFileRecovery.read(data);
  }
}
