package io.numberstoolkit.reliability;

import static io.numberstoolkit.reliability.AdminAccessTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.support.LinkRelations;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What any request meets, over raw HTTP: a forged {@code Host} is refused (DNS rebinding), Link
 * URLs are the simulator's own and each one URL whatever the query held, HEAD is GET without a
 * body, CONNECT is refused.
 */
class RequestSurfaceTest {
  @Test
  void aHostTheSimulatorIsNotReachedByIsRefusedOnTheApiAndTheAdmin() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      RawHttp http = new RawHttp(simulator.port());
      String before = http.send(RawRequest.of("GET", "/__admin/numbers/state")).bodyText();
      for (String host : List.of("evil.example", "evil.example:" + simulator.port(), "localhost.evil.example")) {
        for (RawRequest request : List.of(RawRequest.of("GET", "/numbers.json"), RawRequest.of("GET", "/numbers/5.xml"),
            RawRequest.of("GET", "/__admin/numbers/state"), RawRequest.of("POST", "/__admin/numbers/reset?all=true"),
            RawRequest.of("DELETE", "/numbers/5.json"))) {
          RawResponse answer = http.send(request, host);
          refused(403, answer, request);
          assertTrue(answer.bodyText().contains("--public-url"), answer.describe());
        }
      }
      assertTrue(http.send(RawRequest.of("GET", "/numbers/5.xml"), "evil.example").contentType().startsWith("text/xml"));
      for (String host : List.of("localhost:" + simulator.port(), "127.0.0.1:" + simulator.port(), "app.localhost",
          "[::1]:" + simulator.port(), "LOCALHOST.")) {
        RawResponse answer = http.send(RawRequest.of("GET", "/numbers.json"), host);
        assertEquals(200, answer.status(), host + ": " + answer.describe());
      }
      assertEquals(before, http.send(RawRequest.of("GET", "/__admin/numbers/state")).bodyText());
    }
  }

  @Test
  void thePublicUrlsHostIsAnsweredAndNamedInLinks() throws Exception {
    SimulatorOptions options = SimulatorOptions.builder().port(0).publicUrl("https://numbers.test.internal").build();
    try (Simulator simulator = Simulator.start(options)) {
      RawResponse answer = new RawHttp(simulator.port()).send(RawRequest.of("GET", "/numbers.json"), "numbers.test.internal");
      assertEquals(200, answer.status(), answer.describe());
      assertEquals("https://numbers.test.internal/numbers.json?page=1", LinkRelations.parse(answer.header("Link")).get("last"));
      RawResponse created = new RawHttp(simulator.port()).send(RawRequest.of("POST", "/numbers.xml")
          .withBody("application/json", "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}"), "numbers.test.internal");
      assertEquals(201, created.status(), created.describe());
      assertEquals("https://numbers.test.internal/numbers/80.xml", created.header("Location"));
    }
  }

  @Test
  void locationNamesTheBoundAddressNotTheHostHeader() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      RawResponse created = new RawHttp(simulator.port()).send(RawRequest.of("POST", "/numbers.json")
          .withBody("application/json", "{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}"), "10.9.8.7:80");
      assertEquals(201, created.status(), created.describe());
      assertEquals("http://127.0.0.1:" + simulator.port() + "/numbers/80.json", created.header("Location"));
    }
  }

  @Test
  void linkUrlsNameTheBoundAddressAndReadAsExactlyTheirFourUrls() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      String sid = ">;rel=\"last\",<http://evil.example/x";
      String base = "http://127.0.0.1:" + simulator.port() + "/numbers.json";
      // an IP address passes the Host check, yet the Link URLs still name the address bound to
      RawResponse answer = new RawHttp(simulator.port())
          .send(RawRequest.of("GET", "/numbers.json?sid=" + sid + "&page=1"), "10.9.8.7:80");
      assertEquals(200, answer.status(), answer.describe());
      Map<String, String> links = LinkRelations.parse(answer.header("Link"));
      assertEquals(List.of("first", "last"), List.copyOf(links.keySet()), answer.header("Link"));
      for (String url : links.values()) {
        assertTrue(url.startsWith(base + "?"), url);
        URI uri = URI.create(url);
        assertEquals("sid=" + sid + "&page=1", URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8), url);
      }
    }
  }

  @Test
  void headIsServedWhereverGetIsWithGetsHeadersAndNoBody() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      RawHttp http = new RawHttp(simulator.port());
      for (String path : List.of("/numbers.json?page=1", "/numbers/5.xml", "/numbers/for/cid/111/afid/0001/sid/superaffiliate.json",
          "/numbers/404.json", "/__admin/numbers/state")) {
        RawResponse get = http.send(RawRequest.of("GET", path));
        RawResponse head = http.send(RawRequest.of("HEAD", path));
        assertEquals(get.status(), head.status(), path);
        for (String header : List.of("Content-Type", "Content-Length", "Link")) {
          assertEquals(get.header(header), head.header(header), path + " " + header);
        }
        assertTrue(get.body().length > 0, path);
        assertEquals(0, head.body().length, path);
      }
      RawResponse notAllowed = http.send(RawRequest.of("PATCH", "/numbers.json"));
      assertEquals("GET, POST", notAllowed.header("Allow"));
    }
  }

  @Test
  void connectIsRefused() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      RawHttp http = new RawHttp(simulator.port());
      for (String target : List.of("example.com:443", "127.0.0.1:" + simulator.port())) {
        RawRequest connect = RawRequest.of("CONNECT", target);
        refused(405, http.send(connect, target), connect);
      }
      assertEquals(200, http.send(RawRequest.of("GET", "/numbers.json")).status());
    }
  }
}
