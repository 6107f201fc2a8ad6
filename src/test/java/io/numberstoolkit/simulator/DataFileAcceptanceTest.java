package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.persistence.DataFile;
import io.numberstoolkit.simulator.persistence.DataFileRecovery;
import io.numberstoolkit.simulator.support.FullDisk;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --data} over HTTP when the disk fills up: a write the file cannot take is answered with a
 * JSON 507 and changes nothing, a reset likewise, and once there is room again every write works
 * and every acknowledged one is there after a restart. Also what a start refuses.
 */
class DataFileAcceptanceTest {
  private static final String CREATE = "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}";

  @TempDir Path folder;

  private Path file() {
    return folder.resolve("numbers.jsonl");
  }

  private SimulatorOptions options() {
    return SimulatorOptions.builder().port(0).data(file()).build();
  }

  @Test
  void aFullDiskIsA507ThatChangesNothingAndWritesWorkAgainOnceThereIsRoom() throws Exception {
    FullDisk disk = new FullDisk();
    List<JsonNode> acknowledged;
    try (Simulator simulator = Simulator.start(options(), disk)) {
      NumbersClient api = NumbersClient.of(simulator.baseUrl());
      long first = api.create(Wire.JSON, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
      String before = api.listing();

      disk.fill();
      for (Response refused : List.of(
          api.post(Wire.JSON, CREATE),
          api.post(Wire.XML, CREATE),
          api.put(Wire.JSON, first, "{\"number\": {\"sid\": \"moved\"}}"),
          api.delete(Wire.JSON, first),
          api.given().contentType("application/json").post("/__admin/numbers/reset"))) {
        assertEquals(507, refused.statusCode(), refused.asString());
        assertTrue(refused.asString().contains("the change was not saved, so nothing changed: the data file could"
            + " not be written (No space left on device); try again once the disk has room"), refused.asString());
      }
      assertEquals(before, api.listing());

      disk.free();
      long second = api.create(Wire.JSON, "{\"afid\": \"0002\", \"cid\": \"0001\"}").get("id").asLong();
      assertEquals(first + 1, second, "a refused create used up no id");
      api.update(Wire.JSON, first, "{\"sid\": \"after\"}");
      acknowledged = api.listAll(Wire.JSON);
    }
    DataFileRecovery.Recovered onDisk = DataFileRecovery.read(file());
    assertTrue(onDisk.notice().isEmpty(), "no torn line was left behind");
    try (Simulator restarted = Simulator.start(options())) {
      assertEquals(acknowledged, NumbersClient.of(restarted.baseUrl()).listAll(Wire.JSON));
      assertEquals(List.of(), restarted.notices());
    }
  }

  @Test
  void aStartOnAFullDiskSaysSoAndLetsGoOfTheFile() throws Exception {
    Simulator.start(options()).close();
    String before = Files.readString(file());
    FullDisk disk = new FullDisk();
    disk.fill();
    Simulator.StartException refused = assertThrows(Simulator.StartException.class, () -> Simulator.start(options(), disk));
    assertEquals("cannot write the data file " + file() + ": No space left on device", refused.getMessage());
    assertEquals(before, Files.readString(file()), "the file in use is left as it was");
    Simulator.start(options()).close();
  }

  @Test
  void aSecondSimulatorOnTheSameFileIsRefusedNamingIt() throws Exception {
    try (Simulator first = Simulator.start(options())) {
      Simulator.StartException refused = assertThrows(Simulator.StartException.class, () -> Simulator.start(options()));
      assertTrue(refused.getMessage().startsWith("the data file " + file() + " is in use by another simulator"),
          refused.getMessage());
      assertEquals(200, NumbersClient.of(first.baseUrl()).given().get("/numbers.json").statusCode());
    }
    Simulator.start(options()).close();
  }

  @Test
  void aTornLastLineIsDroppedWithANoticeAndAnyOtherDamageStopsTheStart() throws Exception {
    Simulator.start(options()).close();
    Files.writeString(file(), Files.readString(file()) + "{\"op\":\"save\",\"compa");
    try (Simulator simulator = Simulator.start(options())) {
      assertEquals(List.of("the data file " + file() + " ended in a torn line 4 (19 bytes, the remains of a write"
          + " that was never acknowledged); it was dropped"), simulator.notices());
      assertEquals(List.of(5L, 79L), NumbersClient.of(simulator.baseUrl()).ids());
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.set(1, lines.get(1).replaceFirst("\\{", " "));
    Files.write(file(), lines);
    String damaged = String.join("\n", lines) + "\n";
    Simulator.StartException refused = assertThrows(Simulator.StartException.class, () -> Simulator.start(options()));
    assertTrue(refused.getMessage().startsWith("cannot read the data file " + file() + ":2: damaged line"),
        refused.getMessage());
    assertEquals(damaged, Files.readString(file()), "the damaged file is left as it was, for repair");
    DataFile.open(file()).close(); // and the refused start let go of it
  }
}
