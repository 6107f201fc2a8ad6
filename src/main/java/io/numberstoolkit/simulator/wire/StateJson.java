package io.numberstoolkit.simulator.wire;

import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A state space as one JSON document, for the admin API's export and load:
 * {@code {"sequences": {...}, "affiliates": {"1": [...]}, "numbers": [{"company_id": 1, "number": {...}}]}}.
 */
public final class StateJson {
  private StateJson() {}

  public static ObjectNode toJson(SpaceState state) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode sequences = root.putObject("sequences");
    sequences.put("number", state.sequences().nextNumberId());
    sequences.put("timer", state.sequences().nextTimerId());
    sequences.put("menu_option", state.sequences().nextMenuOptionId());
    ObjectNode affiliates = root.putObject("affiliates");
    state.affiliates().forEach((company, afids) -> {
      var list = affiliates.putArray(Long.toString(company));
      afids.forEach(list::add);
    });
    var numbers = root.putArray("numbers");
    for (NumberRecord record : state.numbers()) {
      ObjectNode item = numbers.addObject();
      item.put("company_id", record.companyId());
      item.set("number", NumberJson.toJson(record));
    }
    return root;
  }

  /** Reads a document whose numbers have already passed the number schema. */
  public static SpaceState fromJson(JsonNode root) {
    List<NumberRecord> numbers = new ArrayList<>();
    for (JsonNode item : root.path("numbers")) {
      numbers.add(NumberJson.fromJson(item.get("number"), item.path("company_id").asLong(SimulatorOptions.DEFAULT_COMPANY)));
    }
    Map<Long, Set<String>> affiliates = new HashMap<>();
    root.path("affiliates").fields().forEachRemaining(e -> {
      Set<String> afids = new LinkedHashSet<>();
      e.getValue().forEach(afid -> afids.add(afid.asText()));
      if (e.getKey().matches("[0-9]{1,18}")) {
        affiliates.put(Long.parseLong(e.getKey()), afids);
      }
    });
    JsonNode s = root.path("sequences");
    Sequences sequences = new Sequences(
        s.path("number").asLong(1), s.path("timer").asLong(1), s.path("menu_option").asLong(1));
    return new SpaceState(numbers, affiliates, sequences);
  }
}
