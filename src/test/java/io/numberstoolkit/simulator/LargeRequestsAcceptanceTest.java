package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumberParts;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Violations;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work per request stays bounded by what the request is, not multiplied by it: an update of 150,000
 * timers by id finishes (it held the write lock for 10 s when each id was looked up by a walk of
 * the list; surefire's timeout is the only clock here), 20,000 invalid timers get a 422 that lists
 * 50 of them and counts the rest (100,000 got 25 MB), and an integer field refuses a value it would
 * otherwise have clamped.
 */
class LargeRequestsAcceptanceTest {
  private static final String NUMBER = "\"afid\": \"0002\", \"cid\": \"0001\"";

  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.builder().port(0).build());

  private final NumbersClient api = simulator.client();

  private static String timers(int count, String item) {
    StringJoiner items = new StringJoiner(", ", "[", "]");
    for (int i = 0; i < count; i++) {
      items.add(item.replace("I", String.valueOf(i)));
    }
    return items.toString();
  }

  /**
   * Sent with a plain client: the fixture's client would check each 7 MB answer against the
   * schema, which costs this test more than the simulator's work does.
   */
  @Test
  void anUpdateOf150000TimersByIdCompletes() throws Exception {
    int count = 150_000;
    JsonNode created = send("POST", "/numbers.json",
        "{\"number\": {" + NUMBER + ", \"timers_attributes\": " + timers(count, "{\"seconds\": 1, \"url\": \"http://p.example/I\"}") + "}}",
        201);
    List<JsonNode> before = NumberParts.timers(created);
    assertEquals(count, before.size());
    StringJoiner byId = new StringJoiner(", ", "[", "]");
    for (JsonNode timer : before) {
      byId.add("{\"id\": " + timer.get("id").asLong() + ", \"seconds\": 2}");
    }
    JsonNode updated = send("PUT", "/numbers/" + created.get("id").asLong() + ".json",
        "{\"number\": {\"timers_attributes\": " + byId + "}}", 200);
    List<JsonNode> after = NumberParts.timers(updated);
    assertEquals(NumberParts.ids(before), NumberParts.ids(after));
    assertTrue(after.stream().allMatch(t -> t.get("seconds").asInt() == 2));
  }

  private static JsonNode send(String method, String path, String body, int status) throws Exception {
    HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), () -> response.body().substring(0, Math.min(500, response.body().length())));
    return Wire.parse(response.body()).get("number");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void twentyThousandInvalidTimersGetASmall422ListingFiftyAndCountingTheRest(Wire wire) {
    String before = api.listing();
    Response response = api.given().contentType("application/json")
        .body("{\"number\": {" + NUMBER + ", \"timers_attributes\": " + timers(20_000, "{\"seconds\": \"x\"}") + "}}")
        .post(wire.path("/numbers"));
    assertEquals(422, response.statusCode());
    assertTrue(response.asByteArray().length < 20_000, "a " + response.asByteArray().length + "-byte answer");
    assertEquals(50, Violations.pointers(wire, response).size());
    assertTrue(Violations.message(wire, response).endsWith("(and 39999 more; the first 50 are listed)"),
        Violations.message(wire, response));
    assertEquals(before, api.listing());
  }

  /** Before, each of these was stored as 2147483647. */
  @ParameterizedTest
  @ValueSource(strings = {"1e10", "3e9", "2147483648.0", "-2147483649.0", "1e400"})
  void anIntegerFieldRefusesWhatItCannotHoldHoweverItIsSpelt(String seconds) {
    String before = api.listing();
    Response response = api.post(Wire.JSON, "{\"number\": {" + NUMBER
        + ", \"timers_attributes\": [{\"seconds\": " + seconds + ", \"url\": \"http://p.example/1\"}]}}");
    assertEquals(422, response.statusCode(), response.asString());
    List<String> pointers = Violations.pointers(Wire.JSON, response);
    assertTrue(!pointers.isEmpty() && pointers.stream().allMatch("/number/timers_attributes/0/seconds"::equals),
        pointers.toString());
    assertEquals(before, api.listing());
  }

  /** JSON Schema 2020-12 counts 5.0 as an integer, so it is taken, as 5. */
  @Test
  void aWholeNumberWrittenWithAFractionIsThatInteger() {
    JsonNode created = api.create(Wire.JSON,
        "{" + NUMBER + ", \"timers_attributes\": [{\"seconds\": 5.0, \"url\": \"http://p.example/5\"}]}");
    JsonNode timer = NumberParts.timers(created).get(NumberParts.timers(created).size() - 1);
    assertEquals("5", timer.get("seconds").toString());
  }
}
