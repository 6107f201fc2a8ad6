package io.numberstoolkit.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.store.Greeting;
import io.numberstoolkit.simulator.store.MenuOption;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberJsonTest {
  private static final Instant AT = Instant.parse("2012-05-03T13:53:23Z");
  private static final NumberRecord NUMBER =
      new NumberRecord(7, 3, "+18005551234", true, AT, AT.plusSeconds(4), null, "0001", "111", false,
          new Greeting.Audio("g.flac", "audio/flac", 12, AT, false),
          List.of(new Timer(1, 5, "http://a.example/", true)),
          List.of(new MenuOption(2, "1", "399944", null, false)));
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theBytesAndTheTreeAreOneDocument() throws Exception {
    assertEquals(json.writeValueAsString(NumberJson.envelope(NUMBER)),
        new String(NumberJson.envelopeJson(NUMBER), StandardCharsets.UTF_8));
    assertEquals(json.writeValueAsString(NumberJson.list(List.of(NUMBER, NUMBER))),
        new String(NumberJson.listJson(List.of(NUMBER, NUMBER)), StandardCharsets.UTF_8));
  }

  @Test
  void aNumberReadsBackAsItWasWritten() {
    assertEquals(NUMBER, NumberJson.fromJson(NumberJson.toJson(NUMBER), 3));
  }

  @Test
  void timersAreReadWrappedOrBareAndAVoiceDefaultsToMale() throws Exception {
    var number = NumberJson.toJson(NUMBER);
    number.set("timers", json.readTree("[{\"id\": 9, \"seconds\": 1, \"url\": \"http://b/\", \"inherited\": false}]"));
    number.set("greeting", json.readTree("{\"message\": \"Hi\", \"inherited\": true}"));
    NumberRecord read = NumberJson.fromJson(number, 3);
    assertEquals(List.of(new Timer(9, 1, "http://b/", false)), read.timers());
    assertEquals(new Greeting.Spoken("Hi", "Male", true), read.greeting());
  }
}
