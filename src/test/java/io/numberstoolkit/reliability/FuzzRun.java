package io.numberstoolkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.simulator.support.SimulatorConventions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sends fuzz cases and checks each answer and the simulator's state. The state (GET
 * /__admin/numbers/state) must stay exactly as it was across rejected requests; a request that
 * succeeded must change exactly what its answer says, after which the state is taken anew.
 */
final class FuzzRun {
  private static final int MAX_REPORTED = 15;

  private final RawHttp http;
  private final String apiKey;
  private final int stateCheckEvery;
  private final String replay;
  private final List<String> failures = new ArrayList<>();
  private final List<FuzzCase> sinceLastCheck = new ArrayList<>();
  private JsonNode baseline;
  private boolean stateBroken;
  private int accepted;

  FuzzRun(RawHttp http, String apiKey, int stateCheckEvery, String replay) throws Exception {
    this.http = http;
    this.apiKey = apiKey;
    this.stateCheckEvery = stateCheckEvery;
    this.replay = replay;
    this.baseline = state();
  }

  List<String> failures() {
    return failures;
  }

  int accepted() {
    return accepted;
  }

  boolean shouldStop() {
    return stateBroken || failures.size() >= MAX_REPORTED;
  }

  void run(FuzzCase fuzzCase) throws Exception {
    if (fuzzCase.writes() && !fuzzCase.mustReject()) {
      checkUnchanged(); // a write that may succeed re-takes the state: first prove nothing moved
    }
    sinceLastCheck.add(fuzzCase);
    RawResponse response;
    try {
      response = http.send(fuzzCase.request());
    } catch (Exception e) {
      fail(fuzzCase, null, "no answer: " + e);
      return;
    }
    List<String> problems = answerProblems(fuzzCase, response);
    if (!problems.isEmpty()) {
      fail(fuzzCase, response, String.join("; ", problems));
    }
    if (response.status() / 100 == 2 && fuzzCase.writes()) {
      accepted++;
      afterSuccessfulWrite(fuzzCase, response);
    } else if (sinceLastCheck.size() >= stateCheckEvery) {
      checkUnchanged();
    }
  }

  void finish() throws Exception {
    checkUnchanged();
  }

  private List<String> answerProblems(FuzzCase fuzzCase, RawResponse response) {
    List<String> problems = new ArrayList<>();
    int status = response.status();
    if (!fuzzCase.allows(status)) {
      problems.add(status >= 500 ? "a server error" : "status " + status + " is not one this request may get");
    }
    boolean isHead = fuzzCase.request().method().equals("HEAD");
    if (status >= 400 && !isHead) {
      if (!Answers.DOCUMENTED_4XX.contains(status) && !Answers.HTTP_LIMITS.contains(status)) {
        problems.add("status " + status + " is not a documented one");
      }
      problems.addAll(Answers.errorBodyProblems(response));
    }
    if (status / 100 == 2 && status != 204 && fuzzCase.allows(status)) {
      fuzzCase.operation().ifPresent(operation -> problems.addAll(Answers.bodyProblems(response, operation.successSchema())));
    }
    return problems;
  }

  private void afterSuccessfulWrite(FuzzCase fuzzCase, RawResponse response) throws Exception {
    JsonNode now = state();
    Map<Long, JsonNode> before = numbers(baseline);
    Map<Long, JsonNode> after = numbers(now);
    Set<Long> added = new TreeSet<>(after.keySet());
    added.removeAll(before.keySet());
    Set<Long> removed = new TreeSet<>(before.keySet());
    removed.removeAll(after.keySet());
    Set<Long> changed = new TreeSet<>();
    after.forEach((id, entry) -> {
      if (before.containsKey(id) && !before.get(id).equals(entry)) {
        changed.add(id);
      }
    });
    String diff = "added " + added + ", removed " + removed + ", changed " + changed;
    switch (fuzzCase.operation().orElseThrow()) {
      case CREATE -> {
        JsonNode answered = answeredNumber(response);
        if (!removed.isEmpty() || !changed.isEmpty() || added.size() != 1
            || !after.get(added.iterator().next()).path("number").equals(answered)) {
          stateFailure(fuzzCase, response, "the create changed the state otherwise than its answer says: " + diff);
          return;
        }
        cleanUp(added.iterator().next(), after.get(added.iterator().next()).path("company_id").asLong());
        now = state();
      }
      case UPDATE -> {
        JsonNode answered = answeredNumber(response);
        long id = answered.path("id").asLong();
        if (!added.isEmpty() || !removed.isEmpty() || !changed.equals(Set.of(id))
            || !after.get(id).path("number").equals(answered)) {
          stateFailure(fuzzCase, response, "the update changed the state otherwise than its answer says: " + diff);
          return;
        }
      }
      default -> {
        if (!added.isEmpty() || !changed.isEmpty() || removed.size() != 1) {
          stateFailure(fuzzCase, response, "the delete changed more or less than one number: " + diff);
          return;
        }
      }
    }
    baseline = now;
    sinceLastCheck.clear();
  }

  private JsonNode answeredNumber(RawResponse response) throws Exception {
    return Answers.read(response).path("number");
  }

  /** Deletes what an accepted create made, so the state stays small. */
  private void cleanUp(long id, long company) throws Exception {
    RawResponse deleted = http.send(
        RawRequest.of("DELETE", "/numbers/" + id + ".json?api_key=" + apiKey + "&company_id=" + company));
    if (deleted.status() != SimulatorConventions.successStatus(Operation.DELETE)) {
      throw new AssertionError("cleaning up number " + id + " answered " + deleted.describe());
    }
  }

  private void checkUnchanged() throws Exception {
    if (stateBroken || sinceLastCheck.isEmpty()) {
      return;
    }
    JsonNode now = state();
    if (!now.equals(baseline)) {
      StringBuilder window = new StringBuilder();
      for (FuzzCase c : sinceLastCheck) {
        window.append("\n  case ").append(c.index()).append(": ").append(c.request().method()).append(' ')
            .append(EscapedText.of(c.request().target(), 120)).append(" (").append(c.family()).append(')');
      }
      failures.add("the state changed although none of these requests succeeded (" + difference(baseline, now)
          + "); replay with -Dfuzz.stateCheckEvery=1 to name the one request:" + window + "\n" + replay);
      stateBroken = true;
      return;
    }
    sinceLastCheck.clear();
  }

  private void stateFailure(FuzzCase fuzzCase, RawResponse response, String problem) {
    fail(fuzzCase, response, problem);
    stateBroken = true;
  }

  private void fail(FuzzCase fuzzCase, RawResponse response, String problem) {
    failures.add(problem + "\n" + fuzzCase.describe() + "\n  answered: "
        + (response == null ? "nothing" : response.describe()) + "\n" + replay);
  }

  private JsonNode state() throws Exception {
    RawResponse response = http.send(RawRequest.of("GET", "/__admin/numbers/state")
        .withHeader("Authorization", "Bearer " + SimulatorFuzzTest.ADMIN_KEY));
    if (response.status() != 200) {
      throw new AssertionError("GET /__admin/numbers/state answered " + response.describe());
    }
    return Answers.JSON.readTree(response.body());
  }

  private static Map<Long, JsonNode> numbers(JsonNode state) {
    Map<Long, JsonNode> numbers = new HashMap<>();
    state.path("numbers").forEach(n -> numbers.put(n.path("number").path("id").asLong(), n));
    return numbers;
  }

  private static String difference(JsonNode before, JsonNode after) {
    List<String> parts = new ArrayList<>();
    // Every part of the export besides the numbers (today the id sequences) must stay as it was.
    Set<String> fields = new TreeSet<>();
    before.fieldNames().forEachRemaining(fields::add);
    after.fieldNames().forEachRemaining(fields::add);
    fields.remove("numbers");
    for (String field : fields) {
      if (!Objects.equals(before.get(field), after.get(field))) {
        parts.add(field + " " + before.get(field) + " -> " + after.get(field));
      }
    }
    Map<Long, JsonNode> b = numbers(before);
    Map<Long, JsonNode> a = numbers(after);
    Set<Long> ids = new TreeSet<>(b.keySet());
    ids.addAll(a.keySet());
    for (Long id : ids) {
      if (!Objects.equals(b.get(id), a.get(id))) {
        parts.add("number " + id + (b.get(id) == null ? " appeared" : a.get(id) == null ? " vanished" : " changed"));
      }
    }
    return String.join(", ", parts);
  }
}
