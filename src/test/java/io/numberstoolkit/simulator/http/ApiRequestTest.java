package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.contract.Operation;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
  @Test
  void pathQueryAndFormatAreSplitOnce() throws ApiException {
    ApiRequest request = ApiRequest.of(Requests.get("/numbers.xml?page=2&api_key=k%20y"));
    assertEquals("GET", request.method());
    assertEquals("/numbers.xml", request.path());
    assertEquals("page=2&api_key=k%20y", request.rawQuery());
    assertEquals(Format.XML, request.format());
    assertEquals(Operation.LIST, request.route().operation());
    assertEquals("k y", request.queryValue("api_key"));
    assertNull(request.queryValue("company_id"));
    assertEquals(2, request.requestedPage());
    assertEquals(Requests.BASE + "/numbers.xml", request.absoluteUrlWithoutQuery());
  }

  @Test
  void withoutAQueryTheRawQueryIsEmptyAndThePageIsOne() throws ApiException {
    ApiRequest request = ApiRequest.of(Requests.get("/numbers.json"));
    assertEquals("", request.rawQuery());
    assertEquals(1, request.requestedPage());
  }

  @Test
  void aPageThatIsNotAWholeNumberFromOneIs400() {
    for (String page : new String[] {"0", "-1", "two", "1.5", "1234567890"}) {
      ApiRequest request = ApiRequest.of(Requests.get("/numbers.json?page=" + page));
      assertEquals(400, assertThrows(ApiException.class, request::requestedPage).status, page);
    }
  }

  @Test
  void anUnroutablePathStillKnowsItsFormatAndIsRefusedOnlyWhenTheRouteIsAskedFor() {
    ApiRequest request = ApiRequest.of(Requests.of("PATCH", "/numbers/5.xml").build());
    assertEquals(Format.XML, request.format());
    ApiException refusal = assertThrows(ApiException.class, request::route);
    assertEquals(405, refusal.status);
    assertEquals(Format.JSON, ApiRequest.of(Requests.get("/numbers/5.csv")).format());
    assertEquals(Format.JSON, ApiRequest.of(Requests.get("/numbers.v2/5")).format());
  }

  @Test
  void theSessionIsTheHeaderElseTheNumbersSessionParameter() {
    assertEquals("h", ApiRequest.of(Requests.of("GET", "/numbers.json?numbers_session=q")
        .header("X-Numbers-Session", "h").build()).session());
    assertEquals("q", ApiRequest.of(Requests.get("/numbers.json?numbers_session=q")).session());
    assertEquals("q", ApiRequest.of(Requests.get("/numbers.json?session=admin-only&numbers_session=q")).session());
    assertNull(ApiRequest.of(Requests.get("/numbers.json?session=admin-only")).session());
  }

  @Test
  void theFaultHeaderIsRead() {
    ApiRequest faulted = ApiRequest.of(Requests.of("GET", "/numbers.json").header("X-Numbers-Fault", "503").build());
    assertEquals("503", faulted.faultHeader());
    assertNull(ApiRequest.of(Requests.of("OPTIONS", "/anything").build()).faultHeader());
  }
}
