package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns defined in Java start a simulator whose numbers inherit them, by the API's own rules. */
class CampaignsFileAcceptanceTest {
  @Test
  void numbersInheritACampaignDefinedInJava(@TempDir Path folder) throws Exception {
    Path campaigns = CampaignsFile.with("7001", c -> c.greeting("Welcome to spring!", "Female")
            .timer(0, "http://track.example/[campaign_id]").menuOption("1", null, "+18005550100"))
        .and("7002", c -> c.greeting("Hello", "Male"))
        .writeTo(folder);
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).empty().campaigns(campaigns).build())) {
      SimulatedNumber number = simulator.numbers().create(NewNumber.tollFree("0001", "7001"));
      assertEquals("Welcome to spring!", number.json().at("/greeting/message").asText());
      assertEquals("http://track.example/[campaign_id]", number.json().at("/timers/0/timer/url").asText());
      assertEquals("+18005550100", number.json().at("/menu_options/0/menu_option/target_number").asText());
      RequestRefusedException unknown = assertThrows(RequestRefusedException.class,
          () -> simulator.numbers().create(NewNumber.tollFree("0001", "0001")));
      assertEquals(422, unknown.status(), unknown.getMessage());
      assertTrue(unknown.getMessage().contains("0001"), unknown.getMessage());
    }
  }

  @Test
  void aCampaignWithoutGreetingStopsTheStartNamingIt(@TempDir Path folder) {
    Path campaigns = CampaignsFile.with("7001", c -> c.timer(0, "http://track.example/")).writeTo(folder);
    Simulator.StartException refused = assertThrows(Simulator.StartException.class,
        () -> Simulator.start(SimulatorOptions.builder().port(0).campaigns(campaigns).build()));
    assertTrue(refused.getMessage().contains("/campaigns/0/greeting"), refused.getMessage());
  }
}
