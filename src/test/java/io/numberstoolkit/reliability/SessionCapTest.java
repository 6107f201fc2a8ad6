package io.numberstoolkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions are made only for requests that pass authentication, so strangers cannot use up
 * {@code --max-sessions}; past the cap a keyed client gets a JSON 429 that says what to do.
 */
class SessionCapTest {
  private static final String ADMIN_KEY = "cap-admin";

  @Test
  void aThousandUnauthenticatedRequestsNamingNewSessionsCreateNone() throws Exception {
    SimulatorOptions options = SimulatorOptions.builder().port(0).apiKey("alpha", 7L).adminKey(ADMIN_KEY).build();
    try (Simulator simulator = Simulator.start(options)) {
      JsonClient client = new JsonClient(simulator.baseUrl());
      for (int i = 0; i < 1000; i++) {
        String key = i % 2 == 0 ? "" : "&api_key=wrong";
        JsonClient.Reply answer = client.get("/numbers.json?numbers_session=stranger-" + i + key);
        assertEquals(401, answer.status(), answer.describe());
      }
      JsonClient.Reply created = client.send("POST", "/numbers.json?api_key=alpha&numbers_session=mine",
          "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}");
      assertEquals(201, created.status(), created.describe());
      JsonClient.Reply sessions = client.withAdminKey(ADMIN_KEY).get("/__admin/numbers/sessions");
      assertEquals(List.of("mine"), Answers.JSON.convertValue(sessions.body().get("sessions"), List.class));
    }
  }

  @Test
  void pastTheCapAKeyedClientGetsAJson429AndTheSessionsItHasStillServe() throws Exception {
    SimulatorOptions options = SimulatorOptions.builder().port(0).apiKey("alpha", 7L).maxSessions(2).build();
    try (Simulator simulator = Simulator.start(options)) {
      JsonClient client = new JsonClient(simulator.baseUrl());
      assertEquals(200, client.get("/numbers.json?api_key=alpha&numbers_session=one").status());
      assertEquals(200, client.get("/numbers.xml?api_key=alpha&numbers_session=two").status());
      JsonClient.Reply refused = client.get("/numbers.json?api_key=alpha&numbers_session=three");
      assertEquals(429, refused.status(), refused.describe());
      assertEquals(List.of(), Answers.errorBodyProblems(refused.response()), refused.describe());
      assertTrue(refused.text().contains("DELETE /__admin/numbers/sessions/NAME"), refused.describe());
      assertEquals(200, client.get("/numbers.json?api_key=alpha&numbers_session=one").status());
    }
  }
}
