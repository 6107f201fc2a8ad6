package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A greeting a request gave the number: of its own, with the message, voice or audio file sent. */
final class Greetings {
  private Greetings() {}

  static void ownAsSent(SentChange sent, JsonNode greeting, List<Finding> findings) {
    if (greeting.path("inherited").asBoolean(true)) {
      findings.add(Finding.of(Rule.OVERRIDDEN_AS_SENT, "greeting.inherited", false, greeting.get("inherited")));
    }
    for (String attribute : List.of("message", "voice_gender")) {
      String value = sent.text(attribute);
      if (value != null && !value.equals(greeting.path(attribute).asText(null))) {
        findings.add(Finding.of(Rule.OVERRIDDEN_AS_SENT, "greeting." + attribute, value, greeting.get(attribute)));
      }
    }
    String audio = sent.audioFileName();
    if (audio != null && !audio.equals(greeting.path("audio_file_name").asText(null))) {
      findings.add(Finding.of(Rule.OVERRIDDEN_AS_SENT, "greeting.audio_file_name", audio, greeting.get("audio_file_name")));
    }
  }
}
