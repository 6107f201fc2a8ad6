package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.LinkRelations;
import io.numberstoolkit.simulator.support.NumberParts;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GET numbers/for/cid/C/afid/A/sid/S: exact matches on all three criteria, paginated like the
 * index (a convention), with URL-encoded segments.
 */
class SearchAcceptanceTest {
  private static final String SEARCH = "/numbers/for/cid/0001/afid/0033/sid/sub_id";
  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.sharedAcrossTestsWith(SimulatorOptions.builder().empty().build());

  private static final List<Long> matching = new ArrayList<>();
  private final NumbersClient api = simulator.client();

  @BeforeAll
  static void numbersThatMatchAndNumbersThatDifferInOneCriterion() {
    NumbersClient client = simulator.client();
    for (int i = 0; i < 27; i++) {
      matching.add(client.create("{\"cid\": \"0001\", \"afid\": \"0033\", \"sid\": \"sub_id\"}").get("id").asLong());
      if (i == 3) {
        client.create("{\"cid\": \"0002\", \"afid\": \"0033\", \"sid\": \"sub_id\"}");
        client.create("{\"cid\": \"0001\", \"afid\": \"0034\", \"sid\": \"sub_id\"}");
        client.create("{\"cid\": \"0001\", \"afid\": \"0033\", \"sid\": \"sub_id2\"}");
        client.create("{\"cid\": \"0001\", \"afid\": \"0033\", \"sid\": \"SUB_ID\"}");
        client.create("{\"cid\": \"0001\", \"afid\": \"0033\"}");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void onlyNumbersMatchingAllThreeCriteriaExactlyAreFound(Wire wire) {
    assertEquals(matching, NumberParts.ids(api.all(wire, SEARCH)));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void searchResultsArePaginatedLikeTheIndex(Wire wire) {
    Response response = api.given().queryParam("api_key", "K").get(wire.path(SEARCH));
    assertEquals(25, wire.read(response.asString()).size());
    String base = simulator.baseUrl() + wire.path(SEARCH) + "?api_key=K&page=";
    assertEquals(Map.of("first", base + 1, "next", base + 2, "last", base + 2),
        LinkRelations.parse(response.header("Link")));
    assertEquals(matching.subList(25, 27), NumberParts.ids(api.page(wire, SEARCH, 2)));
  }

  @Test
  void noMatchIsAnEmptyList() {
    assertEquals(List.of(), api.all(Wire.JSON, "/numbers/for/cid/0001/afid/nobody/sid/sub_id"));
  }

  @Test
  void aBadPageIsABadRequest() {
    assertEquals(400, api.given().queryParam("page", "0").get(Wire.JSON.path(SEARCH)).statusCode());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void segmentsAreUrlDecoded(Wire wire) {
    String sid = "caf\u00e9 & co/1+2";
    JsonNode number = api.create(wire, "{\"cid\": \"0002\", \"afid\": \"a b\", \"sid\": \"" + sid + "\"}");
    Response response = api.given().urlEncodingEnabled(false)
        .get(wire.path("/numbers/for/cid/0002/afid/a%20b/sid/caf%C3%A9%20%26%20co%2F1%2B2"));
    assertEquals(200, response.statusCode());
    JsonNode found = wire.read(response.asString());
    assertEquals(1, found.size(), found.toString());
    assertEquals(number, found.get(0).get("number"));
    api.delete(wire, number.get("id").asLong()).then().statusCode(204);
  }

  @Test
  void aPlusInASegmentIsAPlusNotASpace() {
    JsonNode number = api.create("{\"cid\": \"0002\", \"afid\": \"x+y\", \"sid\": \"s\"}");
    List<JsonNode> found = api.all(Wire.JSON, "/numbers/for/cid/0002/afid/x+y/sid/s");
    assertEquals(List.of(number), found);
    api.delete(Wire.JSON, number.get("id").asLong()).then().statusCode(204);
  }
}
