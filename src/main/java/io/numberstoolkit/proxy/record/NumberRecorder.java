package io.numberstoolkit.proxy.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.simulator.store.NumberRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers a target showed, newest view of each id kept, written as a state file the simulator
 * loads ({@code simulate --state FILE}, or {@code PUT /__admin/numbers/state}): the export's
 * shape, {@code {"sequences": ..., "numbers": [{"company_id": 1, "number": {...}}]}}, plus the
 * campaigns the numbers showed ({@link RecordedCampaigns}) in the campaigns file's shape. Every
 * number goes to the company the simulator acts on without API keys, so the copy works offline as
 * it is. A number the import would refuse (it breaks the number schema) is left out and counted.
 * Bounded: at most {@link #MAX_NUMBERS} numbers.
 */
public final class NumberRecorder {
  /** As many numbers as {@code simulate --seed} makes at most. */
  public static final int MAX_NUMBERS = 100_000;

  private final Map<Long, ObjectNode> byId = new TreeMap<>();
  private int refused;
  private int beyondLimit;

  /** A number as an answer showed it; the newest view of an id wins. */
  public synchronized void seen(JsonNode number) {
    if (number == null || !number.isObject() || !number.path("id").canConvertToLong()) {
      return;
    }
    if (!ContractValidator.shared().validate(Schema.NUMBER, number).isEmpty()) {
      refused++;
      return;
    }
    long id = number.get("id").asLong();
    if (!byId.containsKey(id) && byId.size() >= MAX_NUMBERS) {
      beyondLimit++;
      return;
    }
    byId.put(id, ((ObjectNode) number).deepCopy());
  }

  /** An acknowledged delete: the number is gone from the copy too. */
  public synchronized void deleted(long id) {
    byId.remove(id);
  }

  public synchronized int size() {
    return byId.size();
  }

  /** What the file will not hold, in words, or "" when it holds everything seen. */
  public synchronized String leftOut() {
    List<String> parts = new ArrayList<>();
    if (refused > 0) {
      parts.add(refused + " answers of numbers that break the number schema");
    }
    if (beyondLimit > 0) {
      parts.add(beyondLimit + " numbers past the first " + MAX_NUMBERS);
    }
    return String.join(", ", parts);
  }

  /** The state file's document. */
  public synchronized ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("about", "Numbers recorded from a numbers API implementation by numbers-toolkit; load with"
        + " simulate --state FILE, or PUT it to /__admin/numbers/state. The campaigns are what the numbers showed of them.");
    long nextNumber = 1;
    long nextTimer = 1;
    long nextMenuOption = 1;
    ArrayNode numbers = JsonNodeFactory.instance.arrayNode();
    for (ObjectNode number : byId.values()) {
      nextNumber = Math.max(nextNumber, number.path("id").asLong() + 1);
      for (JsonNode timer : number.path("timers")) {
        nextTimer = Math.max(nextTimer, unwrapped(timer, "timer").path("id").asLong() + 1);
      }
      for (JsonNode option : number.path("menu_options")) {
        nextMenuOption = Math.max(nextMenuOption, unwrapped(option, "menu_option").path("id").asLong() + 1);
      }
      ObjectNode item = numbers.addObject();
      item.put("company_id", NumberRecord.DEFAULT_COMPANY);
      item.set("number", number);
    }
    ObjectNode sequences = root.putObject("sequences");
    sequences.put("number", nextNumber);
    sequences.put("timer", nextTimer);
    sequences.put("menu_option", nextMenuOption);
    root.set("numbers", numbers);
    root.set("campaigns", RecordedCampaigns.of(byId.values()));
    return root;
  }

  /** Writes the state file beside itself and moves it into place: a reader never sees half of one. */
  public void write(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    Files.writeString(partial, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()),
        StandardCharsets.UTF_8);
    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static JsonNode unwrapped(JsonNode item, String wrapper) {
    return item.has(wrapper) && item.size() == 1 ? item.get(wrapper) : item;
  }
}
