package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.simulator.support.NumbersClient;
import io.numberstoolkit.simulator.support.SimulatorFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin API's request log keeps the most recent requests, and no more. */
class RequestLogAcceptanceTest {
  @RegisterExtension
  static final SimulatorFixture simulator =
      SimulatorFixture.startedWith(SimulatorOptions.builder().requestLogSize(5).build());

  @Test
  void theLogHoldsTheLastFiveRequestsNewestLast() {
    NumbersClient api = simulator.client();
    api.given().delete("/__admin/numbers/requests").then().statusCode(200);
    for (int page = 1; page <= 20; page++) {
      api.given().get("/numbers.json?page=" + page).then().statusCode(200);
    }
    List<String> urls = api.given().get("/__admin/numbers/requests").jsonPath().getList("requests.url", String.class);
    assertEquals(List.of("/numbers.json?page=16", "/numbers.json?page=17", "/numbers.json?page=18",
        "/numbers.json?page=19", "/numbers.json?page=20"), urls, "admin requests are not logged");
  }
}
