package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/**
 * A number in a simulator's store, as the API shows it, typed for a test; {@link #json()} is the
 * API's whole view of it (greeting, timers and menu options included).
 *
 * @param phoneNumber the number itself, such as {@code +15558237206}
 * @param companyId the company it belongs to (the tenancy of API keys)
 */
public record SimulatedNumber(
    long id,
    String phoneNumber,
    boolean tollFree,
    String afid,
    String cid,
    String sid,
    boolean usesCampaignSettings,
    Instant createdAt,
    Instant updatedAt,
    long companyId,
    JsonNode json) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** From the API's JSON view of a number, and the company it belongs to. */
  static SimulatedNumber of(JsonNode number, long companyId) {
    return new SimulatedNumber(
        number.path("id").asLong(),
        text(number.get("number")),
        number.path("toll_free").asBoolean(),
        text(number.get("afid")),
        text(number.get("cid")),
        text(number.get("sid")),
        number.path("uses_campaign_settings").asBoolean(),
        instant(number.get("created_at")),
        instant(number.get("updated_at")),
        companyId,
        normalized(number));
  }

  /** Read back from its text, so two views of one number are equal however their nodes were built. */
  private static JsonNode normalized(JsonNode number) {
    try {
      return JSON.readTree(number.toString());
    } catch (IOException e) {
      throw new IllegalStateException("a number's JSON does not read back: " + number, e);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Instant instant(JsonNode node) {
    return node == null || node.isNull() ? null : Instant.parse(node.asText());
  }
}
