package io.numberstoolkit.conformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderAndFormFieldsTest {
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

  @Test
  void railsFormFieldsAreNamedLikeJsonPaths() {
    assertEquals("number.afid", ApiClient.formFieldPath("number[afid]"));
    assertEquals("number.timers_attributes[].seconds", ApiClient.formFieldPath("number[timers_attributes][0][seconds]"));
    assertEquals("number.message_file", ApiClient.formFieldPath("number[message_file]"));
    assertEquals("api_key", ApiClient.formFieldPath("api_key"));
  }
}
