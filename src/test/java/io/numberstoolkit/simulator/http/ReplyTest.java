package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyTest {
  @Test
  void addingAHeaderGivesACopyAndLeavesTheReplyAsItWas() {
    Reply reply = Reply.of(200, Format.JSON, new byte[] {'{', '}'});
    Reply located = reply.withHeader("Location", "/numbers/80.json");
    assertEquals(Map.of("Content-Type", Format.JSON.contentType), reply.headers());
    assertEquals("/numbers/80.json", located.headers().get("Location"));
    assertEquals(List.of("Content-Type", "Location"), List.copyOf(located.headers().keySet()));
  }

  @Test
  void theHeadersCannotBeChangedFromOutside() {
    Map<String, String> given = new HashMap<>(Map.of("A", "1"));
    Reply reply = new Reply(204, given, new byte[0]);
    given.put("B", "2");
    assertEquals(Map.of("A", "1"), reply.headers());
    assertThrows(UnsupportedOperationException.class, () -> reply.headers().put("C", "3"));
  }

  @Test
  void asAWireMockDefinitionItKeepsStatusHeadersBodyAndDelay() {
    ResponseDefinition definition = Reply.of(201, Format.XML, "<number/>".getBytes())
        .withHeader("Location", "/numbers/1.xml").definition(250);
    assertEquals(201, definition.getStatus());
    assertEquals("/numbers/1.xml", definition.getHeaders().getHeader("Location").firstValue());
    assertEquals(Format.XML.contentType, definition.getHeaders().getHeader("Content-Type").firstValue());
    assertEquals("<number/>", new String(definition.getByteBody()));
    assertEquals(250, definition.getFixedDelayMilliseconds());
    ResponseDefinition empty = Reply.noContent().definition(0);
    assertEquals(204, empty.getStatus());
    assertEquals(null, empty.getFixedDelayMilliseconds());
  }
}
