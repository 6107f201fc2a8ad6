package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import io.numberstoolkit.simulator.support.Wire;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** --seed N: generated numbers to page through and search, made by the API's own rules. */
class SeedAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.sharedAcrossTestsWith(SimulatorOptions.builder().empty().seed(60).build());

  private final NumbersClient api = simulator.client();

  @Test
  void theSeededNumbersFillPagesOfTwentyFive() {
    assertEquals(25, api.page(Wire.JSON, "/numbers", 1).size());
    assertEquals(25, api.page(Wire.XML, "/numbers", 2).size());
    assertEquals(10, api.page(Wire.JSON, "/numbers", 3).size());
    Set<String> subIds = api.listAll(Wire.JSON).stream().map(number -> number.get("sid").asText()).collect(Collectors.toSet());
    assertEquals(IntStream.rangeClosed(1, 60).mapToObj(i -> "seed-" + i).collect(Collectors.toSet()), subIds);
  }

  @Test
  void eachIsFoundByItsCampaignAffiliateAndSubIdAlone() {
    for (JsonNode number : api.listAll(Wire.JSON)) {
      String path = "/numbers/for/cid/" + number.get("cid").asText() + "/afid/" + number.get("afid").asText()
          + "/sid/" + number.get("sid").asText();
      List<JsonNode> found = api.all(Wire.JSON, path);
      assertEquals(List.of(number.get("id").asLong()), found.stream().map(n -> n.get("id").asLong()).toList(), path);
    }
  }

  @Test
  void theySpreadOverCampaignsAffiliatesAndTypesAndInheritTheirCampaignsSettings() {
    List<JsonNode> all = api.listAll(Wire.JSON);
    assertTrue(all.stream().map(n -> n.get("cid").asText()).distinct().count() > 1, "more than one campaign");
    assertEquals(Set.of("0001", "0002", "0003", "0004", "0005"),
        all.stream().map(n -> n.get("afid").asText()).collect(Collectors.toSet()));
    assertEquals(15, all.stream().filter(n -> !n.get("toll_free").asBoolean()).count(), "every fourth is Local");
    assertTrue(all.stream().allMatch(n -> n.get("uses_campaign_settings").asBoolean()), "inherited settings");
    assertEquals(60, all.stream().map(n -> n.get("number").asText()).distinct().count(), "unique phone numbers");
  }
}
