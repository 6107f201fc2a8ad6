package io.numberstoolkit.simulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import java.util.ArrayList;
import java.util.List;

/**
 * A state space as one JSON document, for the admin API's export and load:
 * {@code {"sequences": {...}, "numbers": [{"company_id": 1, "number": {...}}]}}. The data file's
 * lines use the same sequences header and number items. Documents from older versions may carry
 * an {@code "affiliates"} map; it is ignored.
 */
public final class StateJson {
  private StateJson() {}

  public static ObjectNode toJson(SpaceState state) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    putSequences(root, state.sequences());
    var numbers = root.putArray("numbers");
    for (NumberRecord record : state.numbers()) {
      putNumber(numbers.addObject(), record);
    }
    return root;
  }

  /** Reads a document whose numbers have already passed the number schema. */
  public static SpaceState fromJson(JsonNode root) {
    List<NumberRecord> numbers = new ArrayList<>();
    for (JsonNode item : root.path("numbers")) {
      numbers.add(numberFrom(item));
    }
    return new SpaceState(numbers, sequencesFrom(root));
  }

  /** Adds {@code "sequences": {"number": ..., "timer": ..., "menu_option": ...}} to {@code into}. */
  public static void putSequences(ObjectNode into, Sequences sequences) {
    ObjectNode next = into.putObject("sequences");
    next.put("number", sequences.nextNumberId());
    next.put("timer", sequences.nextTimerId());
    next.put("menu_option", sequences.nextMenuOptionId());
  }

  /** The sequences header of {@code node}; a missing one (or part) starts from the beginning. */
  public static Sequences sequencesFrom(JsonNode node) {
    JsonNode s = node.path("sequences");
    return new Sequences(
        s.path("number").asLong(Sequences.START.nextNumberId()),
        s.path("timer").asLong(Sequences.START.nextTimerId()),
        s.path("menu_option").asLong(Sequences.START.nextMenuOptionId()));
  }

  /** Adds {@code "company_id"} and {@code "number"} to {@code into}. */
  public static void putNumber(ObjectNode into, NumberRecord record) {
    into.put("company_id", record.companyId());
    into.set("number", NumberJson.toJson(record));
  }

  /** The number an item holds, in its company (the default company when none is named). */
  public static NumberRecord numberFrom(JsonNode item) {
    return NumberJson.fromJson(
        item.get("number"), item.path("company_id").asLong(NumberRecord.DEFAULT_COMPANY));
  }
}
