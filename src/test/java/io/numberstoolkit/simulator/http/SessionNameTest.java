package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.http.Request;
import org.junit.jupiter.api.Test;

class SessionNameTest {
  private static Request request(String url, String header) {
    Requests request = Requests.of("GET", url);
    return header == null ? request.build() : request.header(SessionName.HEADER, header).build();
  }

  @Test
  void anApiRequestNamesItInTheHeaderElseInNumbersSession() {
    assertEquals("h", SessionName.ofApiRequest(request("/numbers.json?numbers_session=q", "h")));
    assertEquals("q", SessionName.ofApiRequest(request("/numbers.json?numbers_session=q", null)));
    assertEquals("a b", SessionName.ofApiRequest(request("/numbers.json?numbers_session=a%20b", null)));
    assertNull(SessionName.ofApiRequest(request("/numbers.json?session=q", null)));
  }

  @Test
  void anAdminRequestNamesItInSessionElseInTheHeader() {
    assertEquals("q", SessionName.ofAdminRequest(request("/__admin/numbers/state?session=q", "h")));
    assertEquals("h", SessionName.ofAdminRequest(request("/__admin/numbers/state", "h")));
    assertNull(SessionName.ofAdminRequest(request("/__admin/numbers/state", null)));
  }

  @Test
  void noNameIsTheSharedSpace() {
    assertEquals("the shared space", SessionName.describe(null));
    assertEquals("the shared space", SessionName.describe(""));
    assertEquals("session s1", SessionName.describe("s1"));
  }
}
