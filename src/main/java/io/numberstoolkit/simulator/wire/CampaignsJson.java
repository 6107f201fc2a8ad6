package io.numberstoolkit.simulator.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.store.Campaign;
import io.numberstoolkit.simulator.store.Campaigns;
import io.numberstoolkit.simulator.store.MenuOption;
import io.numberstoolkit.simulator.store.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a campaigns file: the built-in {@code simulator/campaigns.json} or the one
 * {@code --campaigns FILE} names. Greetings and menu options have the API's shape; every error
 * says which file and which campaign is wrong, in words a user can act on.
 */
public final class CampaignsJson {
  private static final String BUILT_IN = "simulator/campaigns.json";

  private CampaignsJson() {}

  public static Campaigns builtIn() {
    try (InputStream in = CampaignsJson.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      return parse(new ObjectMapper().readTree(in), BUILT_IN);
    } catch (IOException | InvalidCampaignsException e) {
      throw new IllegalStateException("the built-in campaigns cannot be read", e);
    }
  }

  public static Campaigns load(Path file) throws InvalidCampaignsException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InvalidCampaignsException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidCampaignsException(file + ": permission denied");
    } catch (IOException e) {
      throw new InvalidCampaignsException(file + ": " + e.getMessage());
    }
    return parse(root, file.toString());
  }

  private static Campaigns parse(JsonNode root, String source) throws InvalidCampaignsException {
    JsonNode list = root == null ? null : root.get("campaigns");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new InvalidCampaignsException(
          source + ": expected {\"campaigns\": [{\"cid\": ..., \"greeting\": ..., \"timers\": [...], \"menu_options\": [...]}]}");
    }
    List<Campaign> campaigns = new ArrayList<>();
    Set<String> cids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Campaign campaign = campaign(list.get(i), source + ": /campaigns/" + i);
      if (!cids.add(campaign.cid())) {
        throw new InvalidCampaignsException(source + ": cid " + campaign.cid() + " is defined twice");
      }
      campaigns.add(campaign);
    }
    return new Campaigns(campaigns);
  }

  /** A campaign whose settings are templates (id 0, inherited), as its numbers will copy them. */
  private static Campaign campaign(JsonNode c, String where) throws InvalidCampaignsException {
    String cid = c.path("cid").asText("");
    if (cid.isEmpty()) {
      throw new InvalidCampaignsException(where + "/cid: a campaign needs a cid");
    }
    JsonNode greeting = c.get("greeting");
    if (greeting == null
        || !(greeting.hasNonNull("message") || greeting.hasNonNull("audio_file_name"))) {
      throw new InvalidCampaignsException(
          where + "/greeting: give {\"message\", \"voice_gender\"} or an audio file description");
    }
    try {
      List<Timer> timers = new ArrayList<>();
      for (JsonNode t : c.path("timers")) {
        timers.add(new Timer(0, t.get("seconds").asInt(), t.get("url").asText(), true));
      }
      List<MenuOption> options = new ArrayList<>();
      for (JsonNode m : c.path("menu_options")) {
        MenuOption option = NumberJson.menuOptionFrom(m);
        options.add(
            new MenuOption(0, option.option(), option.targetCid(), option.targetNumber(), option.inherited()));
      }
      return new Campaign(cid, NumberJson.greetingFrom(greeting, true), timers, options);
    } catch (RuntimeException e) {
      throw new InvalidCampaignsException(
          where + ": timers need seconds and url, menu options an option ("
              + e.getClass().getSimpleName() + ")");
    }
  }

  /** A campaigns file that cannot be used, with a message that says where and why. */
  public static final class InvalidCampaignsException extends Exception {
    public InvalidCampaignsException(String message) {
      super(message);
    }
  }
}
