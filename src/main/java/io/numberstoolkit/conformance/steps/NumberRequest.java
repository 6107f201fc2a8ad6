package io.numberstoolkit.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.client.Call;
import java.util.Base64;

/**
 * The body of a create or update request, {@code {"number": {...}}}, built in the docs' terms.
 */
public final class NumberRequest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ObjectNode root = NODES.objectNode();
  private final ObjectNode number = root.putObject("number");

  private NumberRequest() {}

  /** A create request for a campaign, an affiliate and a sub id. */
  public static NumberRequest create(String cid, String afid, String sid) {
    NumberRequest request = new NumberRequest();
    request.number.put("cid", cid).put("afid", afid);
    if (sid != null) {
      request.number.put("sid", sid);
    }
    return request;
  }

  /** An update request that changes nothing until told what. */
  public static NumberRequest changes() {
    return new NumberRequest();
  }

  public NumberRequest set(String field, String value) {
    number.put(field, value);
    return this;
  }

  public NumberRequest set(String field, int value) {
    number.put(field, value);
    return this;
  }

  public NumberRequest set(String field, boolean value) {
    number.put(field, value);
    return this;
  }

  public NumberRequest without(String field) {
    number.remove(field);
    return this;
  }

  public NumberRequest type(String type) {
    return set("type", type);
  }

  public NumberRequest greeting(String message, String voiceGender) {
    number.put("message", message);
    if (voiceGender != null) {
      number.put("voice_gender", voiceGender);
    }
    return this;
  }

  public NumberRequest audioGreeting(String fileName, byte[] content) {
    number.put("message_file_b64_data", Base64.getEncoder().encodeToString(content));
    number.put("message_file_b64_filename", fileName);
    return this;
  }

  public NumberRequest timer(Long id, int seconds, String url) {
    ObjectNode timer = array("timers_attributes").addObject();
    if (id != null) {
      timer.put("id", id);
    }
    timer.put("seconds", seconds).put("url", url);
    return this;
  }

  /** A menu option forwarding to a phone number, a campaign, or (both given) the campaign. */
  public NumberRequest menuOption(Long id, String option, String targetNumber, String targetCid) {
    ObjectNode menuOption = array("menu_options_attributes").addObject();
    if (id != null) {
      menuOption.put("id", id);
    }
    menuOption.put("option", option);
    if (targetNumber != null) {
      menuOption.put("target_number", targetNumber);
    }
    if (targetCid != null) {
      menuOption.put("target_cid", targetCid);
    }
    return this;
  }

  public NumberRequest destroyNested() {
    return set("destroy_nested", true);
  }

  public String get(String field) {
    JsonNode value = number.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The body to send; a copy, so a scenario may break it without changing this request. */
  public ObjectNode json() {
    return root.deepCopy();
  }

  public Call.Body body() {
    return new Call.JsonBody(json());
  }

  private ArrayNode array(String field) {
    JsonNode existing = number.get(field);
    return existing instanceof ArrayNode array ? array : number.putArray(field);
  }
}
