package io.numberstoolkit.conformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
  @Test
  void relationsAreReadFromAnRfc8288Header() {
    LinkHeader links = LinkHeader.parse(
        "<http://h/numbers.json?api_key=K&page=1>; rel=\"first\", <http://h/numbers.json?api_key=K&page=3>; rel=\"next\","
            + " <http://h/numbers.json?page=9>;rel=last");

    assertEquals(Optional.of("http://h/numbers.json?api_key=K&page=1"), links.get("first"));
    assertEquals(Optional.of("http://h/numbers.json?api_key=K&page=3"), links.get("next"));
    assertEquals(Optional.of("http://h/numbers.json?page=9"), links.get("last"));
    assertFalse(links.has("prev"));
    assertFalse(LinkHeader.parse(null).has("next"));
  }
}
