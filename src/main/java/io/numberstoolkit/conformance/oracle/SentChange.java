package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.client.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a create or update request named, read from the body as it was sent (JSON, or a multipart
 * form with Rails-style field names): the oracle's rules speak of "the attributes named".
 *
 * @param number the {@code number} node as sent; empty when the body could not be read, so the
 *     oracle cannot know what the request named
 * @param audioFileName the name of an uploaded or Base64 audio greeting, or null
 */
record SentChange(Optional<ObjectNode> number, String audioFileName) {
  private static final Pattern FORM_FIELD = Pattern.compile("number\\[([a-z_]+)\\]");

  static SentChange of(Call call) {
    if (call.body() instanceof Call.JsonBody json && json.json().path("number").isObject()) {
      ObjectNode number = (ObjectNode) json.json().get("number");
      return new SentChange(Optional.of(number), number.path("message_file_b64_filename").asText(null));
    }
    if (call.body() instanceof Call.MultipartBody form) {
      return fromForm(form);
    }
    return new SentChange(Optional.empty(), null);
  }

  private static SentChange fromForm(Call.MultipartBody form) {
    ObjectNode number = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, String> field : form.fields().entrySet()) {
      Matcher name = FORM_FIELD.matcher(field.getKey());
      if (!name.matches()) {
        return new SentChange(Optional.empty(), null); // nested form fields: not what the suite sends
      }
      number.put(name.group(1), field.getValue());
    }
    String audio = null;
    if (form.file() != null && form.file().field().equals("number[message_file]")) {
      audio = form.file().fileName();
      number.put("message_file", audio);
    }
    return new SentChange(Optional.of(number), audio);
  }

  boolean readable() {
    return number.isPresent();
  }

  boolean names(String attribute) {
    return number.map(n -> n.has(attribute)).orElse(false);
  }

  /** A text attribute as sent, or null when it was not named (or not as text). */
  String text(String attribute) {
    JsonNode value = number.map(n -> n.get(attribute)).orElse(null);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  boolean namesGreeting() {
    return names("message") || names("voice_gender") || audioFileName != null || names("message_file")
        || names("message_file_b64_data");
  }

  boolean namesTimers() {
    return names("timers_attributes");
  }

  boolean namesMenuOptions() {
    return names("menu_options_attributes");
  }

  boolean destroysNested() {
    return number.map(n -> n.path("destroy_nested").asBoolean(false)).orElse(false);
  }

  /** Whether the request names any part of the campaign's settings a number may override. */
  boolean overridesCampaignSettings() {
    return namesGreeting() || namesTimers() || namesMenuOptions() || destroysNested();
  }

  /** Whether the request names what the service picks the phone number by. */
  boolean namesProvisioning() {
    return names("type") || names("country") || names("desired_text");
  }

  List<JsonNode> timers() {
    return items("timers_attributes");
  }

  List<JsonNode> menuOptions() {
    return items("menu_options_attributes");
  }

  private List<JsonNode> items(String attribute) {
    List<JsonNode> items = new ArrayList<>();
    number.map(n -> n.path(attribute)).filter(JsonNode::isArray).ifPresent(array -> array.forEach(items::add));
    return items;
  }
}
