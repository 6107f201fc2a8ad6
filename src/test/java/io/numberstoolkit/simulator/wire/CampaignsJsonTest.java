package io.numberstoolkit.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.store.Campaign;
import io.numberstoolkit.simulator.store.Campaigns;
import io.numberstoolkit.simulator.store.Greeting;
import io.numberstoolkit.simulator.store.MenuOption;
import io.numberstoolkit.simulator.wire.CampaignsJson.InvalidCampaignsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignsJsonTest {
  @TempDir Path folder;

  private String refusal(String content) throws Exception {
    Path file = folder.resolve("campaigns.json");
    Files.writeString(file, content);
    return file + "|" + assertThrows(InvalidCampaignsException.class, () -> CampaignsJson.load(file)).getMessage();
  }

  @Test
  void theBuiltInCampaignsAreEveryCidTheDocsMentionAsTemplates() {
    Campaigns campaigns = CampaignsJson.builtIn();
    assertEquals(Set.of("111", "0001", "0002", "399944"),
        campaigns.all().stream().map(Campaign::cid).collect(Collectors.toCollection(TreeSet::new)));
    Campaign audio = campaigns.find("0001").orElseThrow();
    assertTrue(audio.greeting() instanceof Greeting.Audio);
    assertTrue(audio.greeting().inherited());
    assertEquals(new MenuOption(0, "2", "399944", null, true), audio.menuOptions().get(1));
    assertTrue(audio.timers().stream().allMatch(t -> t.id() == 0 && t.inherited()));
  }

  @Test
  void aFileOfOnesOwnReplacesThem() throws Exception {
    Path file = folder.resolve("mine.json");
    Files.writeString(file, "{\"campaigns\": [{\"cid\": \"42\", \"greeting\": {\"message\": \"Hi\"},"
        + " \"timers\": [{\"seconds\": 1, \"url\": \"http://a/\"}], \"menu_options\": []}]}");
    Campaigns campaigns = CampaignsJson.load(file);
    assertEquals(new Greeting.Spoken("Hi", "Male", true), campaigns.find("42").orElseThrow().greeting());
    assertTrue(campaigns.find("111").isEmpty());
  }

  @Test
  void aBadFileSaysWhereAndWhy() throws Exception {
    String expected = "{\"campaigns\": [{\"cid\": ..., \"greeting\": ..., \"timers\": [...], \"menu_options\": [...]}]}";
    String[] empty = refusal("{\"campaigns\": []}").split("\\|");
    assertEquals(empty[0] + ": expected " + expected, empty[1]);
    String[] twice = refusal("{\"campaigns\": [{\"cid\": \"1\", \"greeting\": {\"message\": \"a\"}},"
        + " {\"cid\": \"1\", \"greeting\": {\"message\": \"b\"}}]}").split("\\|");
    assertEquals(twice[0] + ": cid 1 is defined twice", twice[1]);
    String[] noCid = refusal("{\"campaigns\": [{\"greeting\": {\"message\": \"a\"}}]}").split("\\|");
    assertEquals(noCid[0] + ": /campaigns/0/cid: a campaign needs a cid", noCid[1]);
    String[] noGreeting = refusal("{\"campaigns\": [{\"cid\": \"1\", \"greeting\": {}}]}").split("\\|");
    assertEquals(noGreeting[0] + ": /campaigns/0/greeting: give {\"message\", \"voice_gender\"} or an audio file description",
        noGreeting[1]);
    String[] badTimer = refusal("{\"campaigns\": [{\"cid\": \"1\", \"greeting\": {\"message\": \"a\"},"
        + " \"timers\": [{\"url\": \"http://a/\"}]}]}").split("\\|");
    assertEquals(badTimer[0] + ": /campaigns/0: timers need seconds and url, menu options an option"
        + " (NullPointerException)", badTimer[1]);
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = folder.resolve("absent.json");
    assertEquals(missing + ": no such file",
        assertThrows(InvalidCampaignsException.class, () -> CampaignsJson.load(missing)).getMessage());
  }
}
