package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.http.HttpLayer.InProcessAnswer;
import io.numberstoolkit.simulator.store.NumberSpace;
import io.numberstoolkit.simulator.store.Spaces;
import io.numberstoolkit.simulator.wire.StateJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of one state space (the shared one, or a session's), to arrange a test without
 * writing HTTP: create typed numbers by the API's own rules, seed many, load a state file by the
 * admin import's rules, and read them back. None of it is in the request log: verifications see
 * only what the code under test sent.
 */
public final class SimulatedNumbers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Simulator simulator;
  private final String session;

  SimulatedNumbers(Simulator simulator, String session) {
    this.simulator = simulator;
    this.session = session;
  }

  /**
   * Creates a number as {@code POST /numbers.json} would, with the same checks (schema, campaign,
   * phone number); a refusal is a {@link RequestRefusedException} with the API's message.
   */
  public SimulatedNumber create(NewNumber number) {
    Map.Entry<String, Long> key = simulator.keyFor(number.company());
    String query = key == null ? "" : "?api_key=" + encoded(key.getKey())
        + (number.company() == null ? "" : "&company_id=" + number.company());
    InProcessAnswer answer = simulator.http().call("POST", "/numbers.json" + query, session, number.requestBody());
    if (!answer.isSuccess()) {
      throw refused("creating the number " + number, answer);
    }
    JsonNode created = read(answer.body()).get("number");
    return SimulatedNumber.of(created, key == null ? simulator.defaultCompany() : key.getValue());
  }

  /**
   * Adds {@code count} generated numbers, as {@code --seed} does: spread over the campaigns,
   * affiliates {@code 0001}–{@code 0005}, both types, sub ids {@code seed-1}…; in the first key's
   * company. The numbers added, oldest first.
   */
  public List<SimulatedNumber> seed(int count) {
    if (count < 0 || count > SimulatorOptions.MAX_SEED_NUMBERS) {
      throw new IllegalArgumentException("the seed is from 0 to " + SimulatorOptions.MAX_SEED_NUMBERS + " numbers, not " + count);
    }
    NumberSpace space = space();
    synchronized (space) {
      long before = space.state().sequences().nextNumberId();
      space.replace(SeedNumbers.added(space.state(), simulator.campaigns(), simulator.defaultCompany(), count));
      return all().stream().filter(n -> n.id() >= before).toList();
    }
  }

  /**
   * Replaces this space's numbers with a state file as {@code GET /__admin/numbers/state} exports
   * it, checked whole first by the admin import's rules; a refusal changes nothing and is a
   * {@link RequestRefusedException} naming the problems.
   */
  public void load(Path stateFile) {
    String json;
    try {
      json = Files.readString(stateFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state file " + stateFile, e);
    }
    InProcessAnswer answer = simulator.http().loadState(session, json);
    if (!answer.isSuccess()) {
      throw refused("loading " + stateFile, answer);
    }
  }

  /** Every number in this space, whatever its company, by id. */
  public List<SimulatedNumber> all() {
    List<SimulatedNumber> numbers = new ArrayList<>();
    for (JsonNode item : StateJson.toJson(space().state()).path("numbers")) {
      numbers.add(SimulatedNumber.of(item.get("number"), item.path("company_id").asLong()));
    }
    return numbers;
  }

  public Optional<SimulatedNumber> get(long id) {
    return all().stream().filter(n -> n.id() == id).findFirst();
  }

  public int count() {
    return space().size();
  }

  private NumberSpace space() {
    if (session == null) {
      return simulator.spaces().shared();
    }
    try {
      return simulator.spaces().space(session);
    } catch (Spaces.TooManySessionsException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static RequestRefusedException refused(String what, InProcessAnswer answer) {
    var explained = answer.explained();
    List<ContractViolation> violations = explained.violations().stream()
        .map(v -> new ContractViolation(v.pointer(), v.message())).toList();
    return new RequestRefusedException(what, answer.status(),
        explained.message() == null ? answer.body() : explained.message(), violations);
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("the simulator answered what is not JSON: " + body, e);
    }
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
