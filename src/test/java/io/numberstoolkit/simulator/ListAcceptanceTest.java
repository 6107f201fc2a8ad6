package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.params.provider.ValueSource;

/** GET numbers: 25 numbers a page in id order, ?page=N, and a Link header to the other pages. */
class ListAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.sharedAcrossTestsWith(SimulatorOptions.builder().empty().build());

  private static final List<Long> created = new ArrayList<>();
  private final NumbersClient api = simulator.client();

  @BeforeAll
  static void sixtyNumbers() {
    for (int i = 0; i < 60; i++) {
      created.add(simulator.client().create("{\"afid\": \"a" + i + "\", \"cid\": \"0002\"}").get("id").asLong());
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void pagesHold25NumbersInIdOrder(Wire wire) {
    List<JsonNode> first = api.page(wire, "/numbers", 1);
    List<JsonNode> second = api.page(wire, "/numbers", 2);
    List<JsonNode> third = api.page(wire, "/numbers", 3);
    assertEquals(List.of(25, 25, 10), List.of(first.size(), second.size(), third.size()));
    List<JsonNode> all = new ArrayList<>(first);
    all.addAll(second);
    all.addAll(third);
    assertEquals(created, NumberParts.ids(all));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void withoutPageTheFirstPageIsAnswered(Wire wire) {
    Response response = api.given().get(wire.path("/numbers"));
    assertEquals(200, response.statusCode());
    assertEquals(api.page(wire, "/numbers", 1).toString(),
        collect(wire.read(response.asString())).toString());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aPagePastTheLastIsEmptyAndStillLinksFirstAndLast(Wire wire) {
    Response response = api.given().queryParam("page", 4).get(wire.path("/numbers"));
    assertEquals(200, response.statusCode());
    assertEquals(0, wire.read(response.asString()).size());
    Map<String, String> links = LinkRelations.parse(response.header("Link"));
    assertTrue(links.get("first").endsWith("page=1"), links.toString());
    assertTrue(links.get("last").endsWith("page=3"), links.toString());
  }

  @Test
  void theLinkHeaderNamesTheOtherPagesKeepingTheOtherQueryParameters() {
    Response response = api.given()
        .queryParam("api_key", "K").queryParam("page", 2).queryParam("extra", "x")
        .get("/numbers.json");
    Map<String, String> links = LinkRelations.parse(response.header("Link"));
    String base = simulator.baseUrl() + "/numbers.json?api_key=K&extra=x&page=";
    assertEquals(Map.of("first", base + 1, "prev", base + 1, "next", base + 3, "last", base + 3), links);
  }

  @Test
  void theFirstAndLastPagesHaveNoPrevAndNoNext() {
    Map<String, String> first = LinkRelations.parse(api.given().get("/numbers.xml").header("Link"));
    Map<String, String> last = LinkRelations.parse(api.given().queryParam("page", 3).get("/numbers.xml").header("Link"));
    assertEquals(List.of("first", "next", "last"), List.copyOf(first.keySet()));
    assertEquals(List.of("first", "prev", "last"), List.copyOf(last.keySet()));
    assertEquals(simulator.baseUrl() + "/numbers.xml?page=2", first.get("next"));
  }

  @Test
  void linksKeepTheSessionAndFollowingThemWalksTheSessionsPages() {
    String state = api.given().get("/__admin/numbers/state").asString();
    api.given().contentType("application/json").body(state).put("/__admin/numbers/state?session=paged").then().statusCode(200);
    NumbersClient session = api.withQueryParam("numbers_session", "paged");
    List<Long> walked = new ArrayList<>();
    String next = simulator.baseUrl() + "/numbers.json?numbers_session=paged";
    while (next != null) {
      Response response = api.given().get(next);
      collect(Wire.JSON.read(response.asString())).forEach(n -> walked.add(n.get("id").asLong()));
      Map<String, String> links = LinkRelations.parse(response.header("Link"));
      assertFalse(links.isEmpty(), "every page links to the others");
      assertTrue(links.values().stream().allMatch(url -> url.contains("numbers_session=paged")), links.toString());
      next = links.get("next");
    }
    assertEquals(created, walked);
    assertEquals(created, session.ids());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "abc", "1.5", ""})
  void aPageThatIsNotAWholeNumberFromOneIsABadRequest(String page) {
    for (Wire wire : Wire.values()) {
      Response response = api.given().queryParam("page", page).get(wire.path("/numbers"));
      assertEquals(400, response.statusCode(), wire + " page=" + page + ": " + response.asString());
    }
  }

  private static List<JsonNode> collect(JsonNode list) {
    List<JsonNode> numbers = new ArrayList<>();
    list.forEach(envelope -> numbers.add(envelope.get("number")));
    return numbers;
  }
}
