package io.numberstoolkit.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.store.Greeting;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateJsonTest {
  private static final Instant AT = Instant.parse("2012-05-03T13:53:23Z");
  private static final NumberRecord NUMBER =
      new NumberRecord(7, 3, "+18005551234", true, AT, AT, null, "0001", "111", true,
          new Greeting.Spoken("Hi", "Male", true), List.of(), List.of());

  @Test
  void anExportReadsBackAsTheSameState() {
    SpaceState state = new SpaceState(List.of(NUMBER), new Sequences(8, 3, 4));
    ObjectNode json = StateJson.toJson(state);
    assertEquals(List.of("sequences", "numbers"), fieldNames(json));
    assertEquals(state, StateJson.fromJson(json));
  }

  @Test
  void anOlderExportWithAffiliatesStillLoads() throws Exception {
    ObjectNode json = StateJson.toJson(new SpaceState(List.of(NUMBER), new Sequences(8, 3, 4)));
    json.set("affiliates", new ObjectMapper().readTree("{\"3\": [\"0001\"], \"x\": [1]}"));
    assertEquals(new SpaceState(List.of(NUMBER), new Sequences(8, 3, 4)), StateJson.fromJson(json));
  }

  @Test
  void missingSequencesStartFromTheBeginningAndAMissingCompanyIsTheDefault() throws Exception {
    ObjectNode json = StateJson.toJson(new SpaceState(List.of(NUMBER), Sequences.START));
    json.remove("sequences");
    ((ObjectNode) json.get("numbers").get(0)).remove("company_id");
    SpaceState state = StateJson.fromJson(json);
    assertEquals(Sequences.START, state.sequences());
    assertEquals(NumberRecord.DEFAULT_COMPANY, state.numbers().get(0).companyId());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
