package io.numberstoolkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.support.SimulatorConventions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of generated requests (see {@link RequestFuzzer}) against an in-process simulator.
 * Every answer must be a documented status with the documented error body, no request may hang,
 * and no refused request may change the state. The seed is fixed so a failure replays exactly:
 * {@code mvn verify -Dtest=SimulatorFuzzTest -Dfuzz.seed=N}; {@code -Dfuzz.cases} and {@code
 * -Dfuzz.stateCheckEvery} size the run.
 */
class SimulatorFuzzTest {
  static final long DEFAULT_SEED = 20_260_501L;
  static final int DEFAULT_CASES = 6000;
  static final String API_KEY = "fuzz-key";
  static final String ADMIN_KEY = "fuzz-admin";
  static final long COMPANY = 7;
  static final long RESELLER_COMPANY = 8;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void everyRequestGetsADocumentedAnswerAndRefusedOnesChangeNothing() throws Exception {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    int stateCheckEvery = Integer.getInteger("fuzz.stateCheckEvery", 50);
    String replay = "seed " + seed + "; replay: mvn verify -Dtest=SimulatorFuzzTest -Dfuzz.seed=" + seed
        + " -Dfuzz.cases=" + cases;
    SimulatorOptions options = SimulatorOptions.builder().port(0)
        .apiKey(API_KEY, COMPANY, RESELLER_COMPANY).adminKey(ADMIN_KEY)
        .maxBodyBytes(FuzzLimits.MAX_BODY_BYTES).build();
    try (Simulator simulator = Simulator.start(options)) {
      RawHttp http = new RawHttp(simulator.port());
      RequestFuzzer.Targets targets = targets(http);
      RequestFuzzer fuzzer = new RequestFuzzer(seed, targets);
      FuzzRun run = new FuzzRun(http, API_KEY, stateCheckEvery, replay);
      Map<String, Integer> perOperation = new TreeMap<>();
      int xml = 0;
      int sent = 0;
      for (int i = 0; i < cases && !run.shouldStop(); i++) {
        FuzzCase fuzzCase = fuzzer.next(i);
        perOperation.merge(fuzzCase.operationLabel(), 1, Integer::sum);
        xml += isXml(fuzzCase.request()) ? 1 : 0;
        run.run(fuzzCase);
        sent++;
      }
      run.finish();
      System.out.printf("fuzz: %d requests (%s, %d in XML), %d accepted writes, seed %d%n",
          sent, perOperation, xml, run.accepted(), seed);
      assertTrue(run.failures().isEmpty(),
          () -> run.failures().size() + " fuzz failure(s):\n\n" + String.join("\n\n", run.failures()));
      assertEquals(cases, sent);
    }
  }

  private static boolean isXml(RawRequest request) {
    return request.target().contains(".xml") || EncodedBody.XML_TYPE.equals(request.headers().get("Content-Type"));
  }

  /** Numbers to aim updates, shows and deletes at, made with the fuzzer's own valid bases. */
  private static RequestFuzzer.Targets targets(RawHttp http) throws Exception {
    List<Long> live = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      live.add(create(http, "/numbers.json?api_key=" + API_KEY));
    }
    long other = create(http, "/numbers.json?api_key=" + API_KEY + "&company_id=" + RESELLER_COMPANY);
    ObjectNode update = RequestFuzzer.updateBase();
    RawResponse updated = http.send(RawRequest.of("PUT", "/numbers/" + live.get(0) + ".json?api_key=" + API_KEY)
        .withBody(EncodedBody.JSON_TYPE, update.toString()));
    assertEquals(SimulatorConventions.successStatus(Operation.UPDATE), updated.status(), () -> "the fuzzer's valid update base was refused: " + updated.describe());
    return new RequestFuzzer.Targets(API_KEY, RESELLER_COMPANY, 9, List.copyOf(live), other);
  }

  private static long create(RawHttp http, String target) throws Exception {
    RawResponse created = http.send(RawRequest.of("POST", target)
        .withBody(EncodedBody.JSON_TYPE, RequestFuzzer.createBase().toString()));
    assertEquals(SimulatorConventions.successStatus(Operation.CREATE), created.status(), () -> "the fuzzer's valid create base was refused: " + created.describe());
    return Answers.read(created).path("number").path("id").asLong();
  }
}
