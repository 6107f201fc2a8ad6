package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {
  private static final String BASE = "http://h/numbers.json";

  @Test
  void aMiddlePageLinksAllFour() {
    assertEquals("<" + BASE + "?page=1>; rel=\"first\", <" + BASE + "?page=2>; rel=\"prev\", <"
        + BASE + "?page=4>; rel=\"next\", <" + BASE + "?page=9>; rel=\"last\"",
        Links.header(BASE, "page=3", 3, 9));
  }

  @Test
  void theFirstPageHasNoPrevAndTheLastNoNext() {
    assertEquals("<" + BASE + "?page=1>; rel=\"first\", <" + BASE + "?page=2>; rel=\"next\", <"
        + BASE + "?page=2>; rel=\"last\"", Links.header(BASE, "", 1, 2));
    assertEquals("<" + BASE + "?page=1>; rel=\"first\", <" + BASE + "?page=1>; rel=\"prev\", <"
        + BASE + "?page=2>; rel=\"last\"", Links.header(BASE, null, 2, 2));
  }

  @Test
  void aPagePastTheLastPointsBackToTheLast() {
    assertEquals("<" + BASE + "?page=1>; rel=\"first\", <" + BASE + "?page=3>; rel=\"prev\", <"
        + BASE + "?page=3>; rel=\"last\"", Links.header(BASE, "page=7", 7, 3));
  }

  @Test
  void otherParametersAreKeptAsSentInTheirOrderAndOnlyPageIsDropped() {
    String url = BASE + "?api_key=k%20y&x=1&pages=2&page=1";
    assertEquals("<" + url + ">; rel=\"first\", <" + url + ">; rel=\"last\"",
        Links.header(BASE, "api_key=k%20y&page=1&page&&x=1&pages=2", 1, 1));
  }

  @Test
  void reservedCharactersSentRawAreEscapedSoEachLinkIsOneUrl() {
    String url = BASE + "?sid=a%3Eb%22c%2Cd%3Be%20f%C3%A9&x=%3E&page=1";
    assertEquals("<" + url + ">; rel=\"first\", <" + url + ">; rel=\"last\"",
        Links.header(BASE, "sid=a>b\"c,d;e f\u00e9&x=%3E", 1, 1));
  }
}
