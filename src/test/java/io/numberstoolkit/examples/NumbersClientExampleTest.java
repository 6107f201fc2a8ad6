package io.numberstoolkit.examples;

import static io.numberstoolkit.simulator.RequestCount.exactly;
import static io.numberstoolkit.simulator.RequestCount.never;
import static io.numberstoolkit.simulator.RequestPattern.deleteRequestedFor;
import static io.numberstoolkit.simulator.RequestPattern.getRequestedFor;
import static io.numberstoolkit.simulator.RequestPattern.postRequestedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.NewNumber;
import io.numberstoolkit.simulator.SimulatedNumber;
import io.numberstoolkit.simulator.SimulatedSession;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How a team tests its own client of the numbers API against the simulator: the README's "Use it
 * from Java tests" shows this file. {@link CampaignNumbers} stands for the team's production code;
 * the tests arrange the simulator's state in Java, run that code over real HTTP, then verify what
 * it sent.
 */
class NumbersClientExampleTest {
  @RegisterExtension
  static final SimulatorExtension simulator =
      new SimulatorExtension(SimulatorOptions.builder().apiKey("test-key", 7L).build());

  @Test
  void provisioningSendsOneCreateTheContractAccepts() throws Exception {
    CampaignNumbers app = new CampaignNumbers(simulator.baseUrl(), "test-key", Map.of());

    String phoneNumber = app.provision("0001", "0001", "spring-sale");

    SimulatedNumber stored = simulator.numbers().all().stream()
        .filter(number -> "spring-sale".equals(number.sid())).findFirst().orElseThrow();
    assertEquals(phoneNumber, stored.phoneNumber());
    simulator.verify(exactly(1), postRequestedFor("/numbers.json")
        .withStatus(201)
        .withJsonField("/number/sid", "spring-sale"));
    simulator.verifyNoViolations();
  }

  @Test
  void lookingUpFindsWhatTheTestArranged() throws Exception {
    SimulatedNumber radio = simulator.numbers().create(NewNumber.local("0003", "0001").sid("radio"));
    CampaignNumbers app = new CampaignNumbers(simulator.baseUrl(), "test-key", Map.of());

    List<String> found = app.lookUp("0001", "0003", "radio");

    assertEquals(List.of(radio.phoneNumber()), found);
    simulator.verify(getRequestedFor("/numbers/for/cid/{cid}/afid/{afid}/sid/{sid}.json").withStatus(200));
    simulator.verify(never(), deleteRequestedFor("/numbers/{id}.json"));
  }

  @Test
  void parallelTestsKeepTheirNumbersApartInSessions() throws Exception {
    SimulatedSession mine = simulator.session("checkout-test");
    CampaignNumbers app = new CampaignNumbers(mine.baseUrl(), "test-key", mine.headers());

    app.provision("0002", "0001", "in-my-session");

    assertEquals(3, mine.numbers().count());
    assertEquals(2, simulator.numbers().count(), "the shared space is untouched");
    mine.verify(exactly(1), postRequestedFor("/numbers.json").withStatus(201));
  }

  /** The team's own code: provisions and looks up tracking numbers over the numbers API. */
  static final class CampaignNumbers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String apiKey;
    private final Map<String, String> headers;

    CampaignNumbers(String baseUrl, String apiKey, Map<String, String> headers) {
      this.baseUrl = baseUrl;
      this.apiKey = apiKey;
      this.headers = headers;
    }

    /** A new Toll-free number for the affiliate's campaign; its phone number. */
    String provision(String afid, String cid, String sid) throws IOException, InterruptedException {
      String body = JSON.createObjectNode().set("number", JSON.createObjectNode()
          .put("type", "Toll-free").put("afid", afid).put("cid", cid).put("sid", sid)).toString();
      JsonNode created = send(request("/numbers.json").POST(HttpRequest.BodyPublishers.ofString(body))
          .header("Content-Type", "application/json"));
      return created.get("number").get("number").asText();
    }

    /** The phone numbers of one campaign, affiliate and sub id. */
    List<String> lookUp(String cid, String afid, String sid) throws IOException, InterruptedException {
      List<String> phoneNumbers = new ArrayList<>();
      for (JsonNode item : send(request("/numbers/for/cid/" + cid + "/afid/" + afid + "/sid/" + sid + ".json").GET())) {
        phoneNumbers.add(item.get("number").get("number").asText());
      }
      return phoneNumbers;
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + "?api_key=" + apiKey));
      headers.forEach(request::header);
      return request;
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IOException("the numbers API answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    }
  }
}
