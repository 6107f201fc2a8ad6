package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.numberstoolkit.contract.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTest {
  @ParameterizedTest
  @CsvSource({
    "GET,    /numbers.json,                                  LIST,   JSON",
    "POST,   /numbers.xml,                                   CREATE, XML",
    "GET,    /numbers/5.json,                                SHOW,   JSON",
    "PUT,    /numbers/5.xml,                                 UPDATE, XML",
    "DELETE, /numbers/5.json,                                DELETE, JSON",
    "GET,    /numbers/for/cid/111/afid/0001/sid/s.json,      SEARCH, JSON",
  })
  void eachEndpointNamesItsOperationAndFormat(String method, String path, Operation operation, Format format)
      throws ApiException {
    Route route = Route.of(method, path);
    assertEquals(operation, route.operation());
    assertEquals(format, route.format());
  }

  @Test
  void aMemberRouteCarriesItsId() throws ApiException {
    assertEquals(79, Route.of("GET", "/numbers/79.json").id());
  }

  @Test
  void searchSegmentsArePercentDecodedAndAPlusIsKept() throws ApiException {
    Route route = Route.of("GET", "/numbers/for/cid/0%2F1/afid/a+b/sid/super%20affiliate.xml");
    assertEquals(Operation.SEARCH, route.operation());
    assertEquals(Format.XML, route.format());
    assertEquals("0/1", route.cid());
    assertEquals("a+b", route.afid());
    assertEquals("super affiliate", route.sid());
  }

  @Test
  void aBrokenEscapeInASearchSegmentIs400() {
    assertEquals(400, refusal("GET", "/numbers/for/cid/%zz/afid/a/sid/s.json").status);
  }

  @Test
  void anUnknownPathIs404() {
    assertEquals(404, refusal("GET", "/calls.json").status);
  }

  @Test
  void anIdThatIsNotANumberIs404() {
    ApiException refusal = refusal("GET", "/numbers/abc.json");
    assertEquals(404, refusal.status);
    assertEquals("no number with id abc", refusal.getMessage());
    assertEquals(404, refusal("GET", "/numbers/1234567890123456789.json").status);
  }

  @Test
  void aMethodAnEndpointDoesNotServeIs405WithAllow() {
    assertEquals(Map.of("Allow", "GET, POST"), refusal("DELETE", "/numbers.json").headers);
    assertEquals(Map.of("Allow", "DELETE, GET, PUT"), refusal("POST", "/numbers/5.json").headers);
    ApiException onSearch = refusal("PUT", "/numbers/for/cid/1/afid/2/sid/3.json");
    assertEquals(405, onSearch.status);
    assertEquals(Map.of("Allow", "GET"), onSearch.headers);
  }

  @Test
  void aPathWithoutAFormatOrAnotherFormatIs406() {
    assertEquals(406, refusal("GET", "/numbers").status);
    assertEquals(406, refusal("GET", "/numbers/5").status);
    ApiException csv = refusal("GET", "/numbers.csv");
    assertEquals(406, csv.status);
    assertEquals("format .csv is not served; use .json or .xml", csv.getMessage());
  }

  private static ApiException refusal(String method, String path) {
    return assertThrows(ApiException.class, () -> Route.of(method, path));
  }
}
