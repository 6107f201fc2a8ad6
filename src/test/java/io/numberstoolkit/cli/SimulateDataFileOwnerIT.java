package io.numberstoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorProcess;
import io.numberstoolkit.simulator.support.SimulatorProcess.Ended;
import io.numberstoolkit.simulator.support.Wire;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code simulate --data FILE} processes on one file: the second refuses to start, naming the
 * file and the first one's pid, and the first goes on owning the file; a symlinked file stays a
 * link. Before the lock, both started, handed out the same ids, and one's creates were lost.
 */
class SimulateDataFileOwnerIT {
  @TempDir Path folder;

  @Test
  void aSecondSimulatorOnTheSameDataFileExitsNamingItAndTheFirstKeepsIt() throws Exception {
    Path real = Files.createDirectory(folder.resolve("real")).resolve("numbers.jsonl");
    Path link = Files.createSymbolicLink(folder.resolve("numbers.jsonl"), real);
    try (SimulatorProcess first = SimulatorProcess.simulate("--port", "0", "--data", link.toString())) {
      Ended second = SimulatorProcess.simulateExpectingExit("--port", "0", "--data", real.toString());
      assertEquals(2, second.exitCode());
      assertTrue(second.err().startsWith("simulate: the data file " + real + " is in use by another simulator (pid "
          + first.pid() + ")"), second.err());

      long id = NumbersClient.of(first.baseUrl()).create(Wire.JSON, "{\"afid\": \"0002\", \"cid\": \"0001\"}")
          .get("id").asLong();
      first.terminate();
      assertTrue(Files.isSymbolicLink(link), "the link is still a link");
      assertTrue(Files.readString(real).contains("\"id\":" + id + ","), "the create went to the link's target");
    }
  }
}
