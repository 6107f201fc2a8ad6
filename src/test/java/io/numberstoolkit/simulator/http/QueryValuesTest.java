package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QueryValuesTest {
  @Test
  void namesAndValuesArePercentDecodedAndTheFirstValueWins() {
    var request = Requests.get("/numbers.json?api%5Fkey=a+b%21&api_key=second&flag&empty=");
    assertEquals("a b!", QueryValues.first(request, "api_key"));
    assertEquals("", QueryValues.first(request, "flag"));
    assertEquals("", QueryValues.first(request, "empty"));
    assertNull(QueryValues.first(request, "company_id"));
  }

  @Test
  void anOffsetDateTimeKeepsItsPlusAsWireMockReadsIt() {
    var request = Requests.get("/numbers.json?since=2012-05-03T13:53:23+01:00&at=13:53+T");
    assertEquals("2012-05-03T13:53:23+01:00", QueryValues.first(request, "since"));
    assertEquals("13:53 T", QueryValues.first(request, "at"));
  }

  @Test
  void withoutAQueryThereIsNoValue() {
    assertNull(QueryValues.first(Requests.get("/numbers.json"), "api_key"));
    assertNull(QueryValues.first(Requests.get("/numbers.json?"), "api_key"));
  }
}
