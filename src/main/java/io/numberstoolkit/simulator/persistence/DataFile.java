package io.numberstoolkit.simulator.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.StateJournal;
import io.numberstoolkit.simulator.wire.StateJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --data FILE}: the default state space kept on disk as an append-only log of JSON lines,
 * each forced to disk before the client hears of the change. A process killed mid-write leaves at
 * most a torn last line, which is dropped on the next start; the file is then rewritten compactly
 * (to a temporary file, forced, and atomically moved into place), so it is never left unreadable.
 */
public final class DataFile implements StateJournal, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path path;
  private FileChannel channel;

  private DataFile(Path path) {
    this.path = path;
  }

  /** Opens the file, compacting it to {@code state}; later changes are appended. */
  public static DataFile open(Path path, SpaceState state) throws IOException {
    DataFile file = new DataFile(path);
    file.replaced(state);
    return file;
  }

  /** Reads the state a data file holds; an {@code "affiliates"} map in older files is ignored. */
  public static SpaceState read(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    Map<Long, NumberRecord> numbers = new LinkedHashMap<>();
    Sequences sequences = Sequences.START;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line;
      try {
        line = JSON.readTree(lines.get(i));
      } catch (JsonProcessingException e) {
        if (i == lines.size() - 1) {
          break; // a torn last line: the write it held was never acknowledged
        }
        throw new IOException(path + ":" + (i + 1) + ": damaged line: " + e.getOriginalMessage());
      }
      if (line == null || !line.isObject()) {
        continue;
      }
      sequences = sequences.max(StateJson.sequencesFrom(line));
      switch (line.path("op").asText()) {
        case "state" -> numbers.clear();
        case "save" -> {
          NumberRecord record = StateJson.numberFrom(line);
          numbers.put(record.id(), record);
        }
        case "delete" -> numbers.remove(line.get("id").asLong());
        default -> throw new IOException(path + ":" + (i + 1) + ": unknown entry " + line.path("op"));
      }
    }
    return new SpaceState(new ArrayList<>(numbers.values()), sequences);
  }

  @Override
  public synchronized void saved(NumberRecord record, Sequences sequences) throws IOException {
    ObjectNode line = entry("save", sequences);
    StateJson.putNumber(line, record);
    append(line);
  }

  @Override
  public synchronized void deleted(long companyId, long id, Sequences sequences) throws IOException {
    ObjectNode line = entry("delete", sequences);
    line.put("company_id", companyId);
    line.put("id", id);
    append(line);
  }

  @Override
  public synchronized void replaced(SpaceState state) throws IOException {
    close();
    Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      write(out, entry("state", state.sequences()));
      for (NumberRecord record : state.numbers()) {
        ObjectNode line = entry("save", state.sequences());
        StateJson.putNumber(line, record);
        write(out, line);
      }
      out.force(true);
    }
    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  private void append(ObjectNode line) throws IOException {
    write(channel, line);
    channel.force(false);
  }

  private static void write(FileChannel out, ObjectNode line) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }

  private static ObjectNode entry(String op, Sequences sequences) {
    ObjectNode line = JSON.createObjectNode();
    line.put("op", op);
    StateJson.putSequences(line, sequences);
    return line;
  }
}
