package io.numberstoolkit.simulator.persistence;

import io.numberstoolkit.simulator.store.StateJournal;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.wire.NumberJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /** Reads the state a data file holds. */
  public static SpaceState read(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    Map<Long, NumberRecord> numbers = new LinkedHashMap<>();
    Map<Long, Set<String>> affiliates = new HashMap<>();
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
      sequences = sequences.max(sequencesFrom(line.path("sequences")));
      switch (line.path("op").asText()) {
        case "state" -> {
          numbers.clear();
          affiliates.clear();
          line.path("affiliates")
              .fields()
              .forEachRemaining(
                  e -> {
                    Set<String> afids = new LinkedHashSet<>();
                    e.getValue().forEach(afid -> afids.add(afid.asText()));
                    affiliates.put(Long.parseLong(e.getKey()), afids);
                  });
        }
        case "save" -> {
          NumberRecord record = NumberJson.fromJson(line.get("number"), line.get("company_id").asLong());
          numbers.put(record.id(), record);
          affiliates.computeIfAbsent(record.companyId(), c -> new LinkedHashSet<>()).add(record.afid());
        }
        case "delete" -> numbers.remove(line.get("id").asLong());
        default -> throw new IOException(path + ":" + (i + 1) + ": unknown entry " + line.path("op"));
      }
    }
    return new SpaceState(new ArrayList<>(numbers.values()), affiliates, sequences);
  }

  @Override
  public synchronized void saved(NumberRecord record, Sequences sequences) throws IOException {
    ObjectNode line = entry("save", sequences);
    line.put("company_id", record.companyId());
    line.set("number", NumberJson.toJson(record));
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
      ObjectNode header = entry("state", state.sequences());
      ObjectNode afids = header.putObject("affiliates");
      state.affiliates().forEach((company, set) -> {
        var array = afids.putArray(Long.toString(company));
        set.forEach(array::add);
      });
      write(out, header);
      for (NumberRecord record : state.numbers()) {
        ObjectNode line = entry("save", state.sequences());
        line.put("company_id", record.companyId());
        line.set("number", NumberJson.toJson(record));
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
    ObjectNode next = line.putObject("sequences");
    next.put("number", sequences.nextNumberId());
    next.put("timer", sequences.nextTimerId());
    next.put("menu_option", sequences.nextMenuOptionId());
    return line;
  }

  private static Sequences sequencesFrom(JsonNode node) {
    return new Sequences(
        node.path("number").asLong(1), node.path("timer").asLong(1), node.path("menu_option").asLong(1));
  }
}
