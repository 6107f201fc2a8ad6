package io.numberstoolkit.simulator.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.SpaceStateRules;
import io.numberstoolkit.simulator.wire.StateJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a data file back at start-up, dropping nothing silently. Only a torn last line (no
 * newline, not a whole entry) is the remains of a write that was never acknowledged, and is
 * dropped with a notice; any other damage (a line that does not parse, two lines run together,
 * an entry missing what it needs) stops the start, naming the file, the line and a way out, and
 * leaves the file untouched. An {@code "affiliates"} map in older files is ignored.
 */
public final class DataFileRecovery {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The state a file holds, and what was dropped from it (a torn last line), to tell the user. */
  public record Recovered(SpaceState state, Optional<String> notice) {}

  private final Path path;
  private final Map<Long, NumberRecord> numbers = new LinkedHashMap<>();
  private Sequences sequences = Sequences.START;

  private DataFileRecovery(Path path) {
    this.path = path;
  }

  /** Reads {@code path} (a symlink is followed). */
  public static Recovered read(Path path) throws IOException {
    return read(path, path);
  }

  static Recovered read(Path path, Path target) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(target);
    } catch (AccessDeniedException e) {
      throw new IOException("cannot read the data file " + path + ": permission denied", e);
    }
    DataFileRecovery recovery = new DataFileRecovery(path);
    Optional<String> notice = Optional.empty();
    int start = 0;
    for (int line = 1; start < bytes.length; line++) {
      int end = indexOf(bytes, (byte) '\n', start);
      byte[] text = Arrays.copyOfRange(bytes, start, end < 0 ? bytes.length : end);
      if (end < 0 && !recovery.isWholeEntry(text)) {
        notice = Optional.of("the data file " + path + " ended in a torn line " + line + " (" + text.length
            + " bytes, the remains of a write that was never acknowledged); it was dropped");
        break;
      }
      recovery.apply(text, line);
      start = end < 0 ? bytes.length : end + 1;
    }
    SpaceState state = new SpaceState(new ArrayList<>(recovery.numbers.values()), recovery.sequences);
    List<Violation> problems = SpaceStateRules.problems(state);
    if (!problems.isEmpty()) {
      Violation first = problems.get(0);
      throw new IOException("cannot use the data file " + path + ": the state it holds breaks "
          + problems.size() + " rule(s) of a state, the first at " + first.pointer() + " of its export: "
          + first.message() + ". Repair the file by hand, or start with another --data file.");
    }
    return new Recovered(state, notice);
  }

  private boolean isWholeEntry(byte[] text) {
    try {
      return JSON.readTree(text) instanceof ObjectNode;
    } catch (IOException torn) {
      return false;
    }
  }

  private void apply(byte[] text, int line) throws IOException {
    if (new String(text, StandardCharsets.UTF_8).isBlank()) {
      return;
    }
    JsonNode entry;
    try {
      entry = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw damaged(line, "not one JSON object: " + e.getOriginalMessage());
    }
    if (entry == null || !entry.isObject()) {
      throw damaged(line, "not a JSON object");
    }
    try {
      switch (entry.path("op").asText()) {
        case "state" -> numbers.clear();
        case "save" -> {
          requireInteger(entry, "company_id", line);
          if (!entry.path("number").isObject()) {
            throw damaged(line, "a save without its \"number\"");
          }
          NumberRecord record = StateJson.numberFrom(entry);
          numbers.put(record.id(), record);
        }
        case "delete" -> {
          requireInteger(entry, "company_id", line);
          numbers.remove(requireInteger(entry, "id", line));
        }
        default -> throw damaged(line, "unknown entry " + entry.path("op"));
      }
    } catch (RuntimeException e) {
      throw damaged(line, "an entry that cannot be read (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    sequences = sequences.max(StateJson.sequencesFrom(entry));
  }

  /**
   * A line without {@code company_id} is damage, not a number of the default company: every
   * version wrote it, and guessing would hand one company's number to another.
   */
  private long requireInteger(JsonNode entry, String field, int line) throws IOException {
    JsonNode value = entry.get(field);
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
      throw damaged(line, "an entry without a whole-number \"" + field + "\"");
    }
    return value.asLong();
  }

  private IOException damaged(int line, String what) {
    return new IOException("cannot read the data file " + path + ":" + line + ": damaged line (" + what
        + "). Only a torn last line is dropped on its own, so the simulator did not start and changed"
        + " nothing. Repair or remove line " + line + " (each line is one JSON change; sed -n '" + line + "p' "
        + path + " shows it), or start with another --data file.");
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
