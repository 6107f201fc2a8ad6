package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.numberstoolkit.simulator.support.Ipv6Loopback;
import io.numberstoolkit.simulator.support.NumbersClient;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.util.List;
import java.util.Scanner;
import org.junit.jupiter.api.Test;

/**
 * With the default bind the simulator listens on 127.0.0.1 and ::1, on one port, so localhost
 * reaches it whichever address a tool resolves first (Node 17+ tools try ::1); where ::1 cannot be
 * had it starts anyway and says so.
 */
class ListeningAcceptanceTest {
  @Test
  void theDefaultBindListensOnBothLoopbacksOnTheSamePort() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build())) {
      int port = simulator.port();
      assertEquals(200, NumbersClient.of("http://127.0.0.1:" + port).given().get("/numbers.json").statusCode());
      if (Ipv6Loopback.available()) {
        assertEquals(List.of("http://127.0.0.1:" + port, "http://[::1]:" + port), simulator.listeningUrls());
        assertEquals(200, NumbersClient.of("http://[::1]:" + port).given().get("/numbers.json").statusCode());
        assertEquals(200, NumbersClient.of("http://[::1]:" + port).given().get("/__admin/numbers/sessions").statusCode(),
            "::1 is this machine for the admin too");
        assertEquals("<http://[::1]:" + port + "/numbers.json?page=1>; rel=\"first\"", NumbersClient.of("http://[::1]:"
            + port).given().get("/numbers.json").header("Link").split(", ")[0],
            "links name ::1 as the client wrote it");
        assertEquals(List.of(), simulator.notices());
      } else {
        assertEquals(List.of("http://127.0.0.1:" + port), simulator.listeningUrls());
      }
    }
  }

  @Test
  void whereIpv6LoopbackCannotBeHadItStartsOnIpv4AndSaysSo() throws Exception {
    assumeTrue(Ipv6Loopback.available(), "this machine has no IPv6 loopback to take away");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
      int port = taken.getLocalPort();
      try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(port).build())) {
        assertEquals(List.of("http://127.0.0.1:" + port), simulator.listeningUrls());
        assertEquals(1, simulator.notices().size(), simulator.notices().toString());
        assertTrue(simulator.notices().get(0).startsWith("listening on 127.0.0.1 only: ::1 is not available"),
            simulator.notices().get(0));
        assertEquals(200, NumbersClient.of(simulator.baseUrl()).given().get("/numbers.json").statusCode());
      }
    }
  }

  @Test
  void anotherBindListensThereOnly() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).bindAddress("0.0.0.0").build())) {
      assertEquals(List.of("http://0.0.0.0:" + simulator.port()), simulator.listeningUrls());
    }
  }

  /** HTTP/1.1 as the Rails service speaks it: an h2c upgrade is declined and answered in HTTP/1.1. */
  @Test
  void anHttp2UpgradeIsAnsweredInHttp11() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorOptions.builder().port(0).build());
        Socket socket = new Socket("127.0.0.1", simulator.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /numbers/5.json HTTP/1.1\r\nHost: 127.0.0.1:" + simulator.port() + "\r\nConnection: Upgrade, "
          + "HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertEquals("HTTP/1.1 200 OK", new Scanner(socket.getInputStream(), StandardCharsets.US_ASCII).nextLine());
    }
  }
}
