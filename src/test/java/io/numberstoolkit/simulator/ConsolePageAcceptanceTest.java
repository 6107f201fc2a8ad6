package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The web console's files are served by the simulator with the admin API's access rules, and
 * hardened for showing what clients sent (BrowserIT drives the page itself in Chromium).
 */
class ConsolePageAcceptanceTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void withoutAnAdminKeyThisMachineGetsThePageItsScriptAndItsStyleHardened() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      HttpResponse<String> page = get(simulator, "/__admin/numbers/console");
      assertEquals(200, page.statusCode());
      assertEquals("text/html; charset=utf-8", header(page, "Content-Type"));
      assertEquals("default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
          header(page, "Content-Security-Policy"));
      assertEquals("nosniff", header(page, "X-Content-Type-Options"));
      assertFalse(page.body().matches("(?s).*<script>.*") || page.body().contains("style="), "nothing inline");
      HttpResponse<String> script = get(simulator, "/__admin/numbers/console/console.js");
      assertEquals(200, script.statusCode());
      assertEquals("text/javascript; charset=utf-8", header(script, "Content-Type"));
      assertFalse(script.body().contains("innerHTML") || script.body().contains("insertAdjacentHTML")
          || script.body().contains("document.write"), "the script writes text only");
      assertEquals("text/css; charset=utf-8", header(get(simulator, "/__admin/numbers/console/console.css"), "Content-Type"));
      assertEquals(404, get(simulator, "/__admin/numbers/console/other.js").statusCode());
    }
  }

  @Test
  void withAnAdminKeyThePageOpensAndAsksForItWhileTheDataStaysLocked() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).adminKey("k").build())) {
      assertEquals(200, get(simulator, "/__admin/numbers/console").statusCode());
      assertEquals(200, get(simulator, "/__admin/numbers/console/console.js").statusCode());
      assertEquals(401, get(simulator, "/__admin/numbers/requests").statusCode());
      assertEquals(401, get(simulator, "/__admin/numbers/state").statusCode());
    }
  }

  @Test
  void withApiKeysOnAndNoAdminKeyTheConsoleIsOffLikeTheAdminApi() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).apiKey("a", 1L).build())) {
      HttpResponse<String> page = get(simulator, "/__admin/numbers/console");
      assertEquals(403, page.statusCode());
      assertTrue(page.body().contains("--admin-key"), page.body());
    }
  }

  private HttpResponse<String> get(Simulator simulator, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }
}
