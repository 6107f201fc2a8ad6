package io.numberstoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumberParts;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorProcess;
import io.numberstoolkit.simulator.support.Wire;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --data FILE}: every create, update and delete the simulator acknowledged is
 * still there after {@code kill -9} and a restart, and ids handed out before are never handed
 * out again (not even those of deleted numbers).
 */
class SimulateDataSurvivesKillIT {
  private static final String CREATE = "{\"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"s\"}";

  @TempDir Path folder;

  @Test
  void everyAcknowledgedWriteSurvivesAKillAndIdsAreNeverReused() throws Exception {
    String[] args = {"--port", "0", "--data", folder.resolve("numbers.jsonl").toString(),
        "--api-key", "alpha:1", "--api-key", "beta:2"};
    List<JsonNode> alphaBefore;
    List<JsonNode> betaBefore;
    JsonNode deleted;
    JsonNode updatedA;
    JsonNode updatedB;
    try (SimulatorProcess first = SimulatorProcess.simulate(args)) {
      NumbersClient alpha = client(first, "alpha");
      NumbersClient beta = client(first, "beta");
      long a = alpha.create(Wire.JSON, CREATE).get("id").asLong();
      long b = alpha.create(Wire.XML, "{\"afid\": \"0001\", \"cid\": \"111\"}").get("id").asLong();
      beta.create(Wire.JSON, CREATE);
      updatedA = alpha.update(Wire.JSON, a, "{\"sid\": \"a2\", \"timers_attributes\": [{\"seconds\": 7, \"url\": \"http://p.example/7\"}]}");
      updatedB = alpha.update(Wire.XML, b, "{\"message\": \"Hi\", \"destroy_nested\": true,"
          + " \"menu_options_attributes\": [{\"option\": \"#\", \"target_cid\": \"0002\"}]}");
      alpha.delete(Wire.JSON, 5).then().statusCode(204);
      deleted = alpha.create(Wire.JSON, CREATE);
      alpha.delete(Wire.JSON, deleted.get("id").asLong()).then().statusCode(204);
      alphaBefore = alpha.listAll(Wire.JSON);
      betaBefore = beta.listAll(Wire.JSON);
      first.kill();
    }

    try (SimulatorProcess second = SimulatorProcess.simulate(args)) {
      NumbersClient alpha = client(second, "alpha");
      assertEquals(alphaBefore, alpha.listAll(Wire.JSON));
      assertEquals(betaBefore, client(second, "beta").listAll(Wire.JSON));
      assertEquals(updatedA, alpha.show(Wire.JSON, updatedA.get("id").asLong()));
      assertEquals(updatedB, alpha.show(Wire.XML, updatedB.get("id").asLong()));
      assertEquals(404, alpha.get(Wire.JSON, 5).statusCode());
      assertEquals(404, alpha.get(Wire.JSON, deleted.get("id").asLong()).statusCode());

      JsonNode next = alpha.create(Wire.JSON, CREATE);
      assertTrue(next.get("id").asLong() > deleted.get("id").asLong(),
          "id " + next.get("id") + " after the deleted " + deleted.get("id"));
      long highestTimer = NumberParts.ids(NumberParts.timers(deleted)).stream().max(Long::compare).orElseThrow();
      NumberParts.ids(NumberParts.timers(next)).forEach(id ->
          assertTrue(id > highestTimer, "timer id " + id + " after " + highestTimer));
    }
  }

  private static NumbersClient client(SimulatorProcess process, String apiKey) {
    return NumbersClient.of(process.baseUrl()).withQueryParam("api_key", apiKey);
  }
}
