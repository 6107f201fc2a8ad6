package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogTest {
  @Test
  void aSessionNamedInTheQueryIsLoggedAsThatSession() {
    RequestLog log = new RequestLog(10, null);
    log.beforeResponseSent(ServeEvent.of(Requests.get("/numbers.json?numbers_session=browser")), Parameters.empty());
    log.beforeResponseSent(ServeEvent.of(Requests.of("GET", "/numbers.json")
        .header(SessionName.HEADER, "tests").build()), Parameters.empty());
    log.beforeResponseSent(ServeEvent.of(Requests.get("/numbers.json")), Parameters.empty());
    assertEquals(List.of("browser", "tests", "null"), field(log, "session"));
  }

  @Test
  void itKeepsTheLastRequestsUpToItsCapacityNewestLast() {
    RequestLog log = new RequestLog(2, null);
    for (int page = 1; page <= 3; page++) {
      log.beforeResponseSent(ServeEvent.of(Requests.get("/numbers.json?page=" + page)), Parameters.empty());
    }
    assertEquals(List.of("/numbers.json?page=2", "/numbers.json?page=3"), field(log, "url"));
    log.clear();
    assertEquals(List.of(), field(log, "url"));
  }

  @Test
  void apiKeysAreMaskedWhateverTheirPlaceOrSpelling() {
    assertEquals("/numbers.json?api_key=***&page=1", MaskedUrl.of("/numbers.json?api_key=alpha&page=1"));
    assertEquals("/numbers.json?page=1&API%5Fkey=***&x", MaskedUrl.of("/numbers.json?page=1&API%5Fkey=a&x"));
    assertEquals("/numbers.json", MaskedUrl.of("/numbers.json"));
  }

  private static List<String> field(RequestLog log, String name) {
    List<String> values = new ArrayList<>();
    for (JsonNode entry : log.toJson()) {
      values.add(entry.get(name).asText());
    }
    return values;
  }
}
