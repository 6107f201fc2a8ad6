package io.numberstoolkit.simulator.store;

import io.numberstoolkit.simulator.wire.NumberJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaigns numbers can belong to. The built-in set holds every cid the docs mention, with
 * the settings their examples show; {@code --campaigns FILE} replaces it with one's own, in the
 * same format as {@code simulator/campaigns.json}.
 */
public final class Campaigns {
  private static final String BUILT_IN = "simulator/campaigns.json";
  private final Map<String, Campaign> byCid;

  private Campaigns(Map<String, Campaign> byCid) {
    this.byCid = Map.copyOf(byCid);
  }

  public static Campaigns builtIn() {
    try (InputStream in = Campaigns.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
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

  public Optional<Campaign> find(String cid) {
    return Optional.ofNullable(byCid.get(cid));
  }

  public Collection<Campaign> all() {
    return byCid.values();
  }

  private static Campaigns parse(JsonNode root, String source) throws InvalidCampaignsException {
    JsonNode list = root == null ? null : root.get("campaigns");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new InvalidCampaignsException(
          source + ": expected {\"campaigns\": [{\"cid\": ..., \"greeting\": ..., \"timers\": [...], \"menu_options\": [...]}]}");
    }
    Map<String, Campaign> byCid = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Campaign campaign = campaign(list.get(i), source + ": /campaigns/" + i);
      if (byCid.put(campaign.cid(), campaign) != null) {
        throw new InvalidCampaignsException(source + ": cid " + campaign.cid() + " is defined twice");
      }
    }
    return new Campaigns(byCid);
  }

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
        options.add(NumberJson.menuOptionFrom(m).withId(0));
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
