package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Campaigns defined in Java, written as the {@code --campaigns} file the simulator starts with
 * (campaigns live outside the numbers API, so they are fixed at start; the simulator checks the
 * file then, and refuses to start naming what is wrong):
 * <pre>{@code
 * Path campaigns = CampaignsFile.with("7001", c -> c.greeting("Welcome!", "Female")
 *         .timer(0, "http://track.example/[campaign_id]").menuOption("1", null, "+18005550100"))
 *     .writeTo(tempDir);
 * Simulator.start(SimulatorOptions.builder().port(0).campaigns(campaigns).build());
 * }</pre>
 */
public final class CampaignsFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArrayNode campaigns = JSON.createArrayNode();

  private CampaignsFile() {}

  /** A file with this one campaign; add more with {@link #and}. */
  public static CampaignsFile with(String cid, Consumer<CampaignSettings> settings) {
    return new CampaignsFile().and(cid, settings);
  }

  public CampaignsFile and(String cid, Consumer<CampaignSettings> settings) {
    ObjectNode campaign = campaigns.addObject().put("cid", cid);
    settings.accept(new CampaignSettings(campaign));
    return this;
  }

  /** Writes {@code campaigns.json} into the folder; its path, for {@code SimulatorOptions.Builder.campaigns}. */
  public Path writeTo(Path folder) {
    ObjectNode root = JSON.createObjectNode();
    root.set("campaigns", campaigns);
    try {
      return Files.writeString(folder.resolve("campaigns.json"), root.toPrettyString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the campaigns file into " + folder, e);
    }
  }

  /** The settings of one campaign, which its numbers inherit: a greeting, timers, menu options. */
  public static final class CampaignSettings {
    private final ObjectNode campaign;

    private CampaignSettings(ObjectNode campaign) {
      this.campaign = campaign;
    }

    /** A spoken greeting; {@code voiceGender} is "Male" or "Female". */
    public CampaignSettings greeting(String message, String voiceGender) {
      campaign.putObject("greeting").put("message", message).put("voice_gender", voiceGender);
      return this;
    }

    /** A tracking URL called {@code seconds} into a call; it may use the docs' [placeholders]. */
    public CampaignSettings timer(int seconds, String url) {
      campaign.withArray("timers").addObject().put("seconds", seconds).put("url", url);
      return this;
    }

    /** A caller pressing {@code option} goes to campaign {@code targetCid} or to {@code targetNumber} (one of them null). */
    public CampaignSettings menuOption(String option, String targetCid, String targetNumber) {
      campaign.withArray("menu_options").addObject()
          .put("option", option).put("target_cid", targetCid).put("target_number", targetNumber);
      return this;
    }
  }
}
