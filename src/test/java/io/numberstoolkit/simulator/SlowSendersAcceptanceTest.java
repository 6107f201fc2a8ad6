package io.numberstoolkit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.support.SimulatorFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that send a body a byte a second do not block everyone else. Before, 24 of them held
 * every request thread (Jetty's idle timeout never fires while bytes trickle in) and no other
 * request was answered; now a body must keep up a minimum data rate, so their reads fail and
 * the threads come back. More trickling clients than the server has threads are connected for
 * the whole test; other requests must still be answered meanwhile.
 */
class SlowSendersAcceptanceTest {
  private static final int SLOW_SENDERS = 40; // more than WireMock's 25 request threads

  @RegisterExtension
  static final SimulatorFixture simulator = SimulatorFixture.startedWith(SimulatorOptions.builder().port(0).build());

  @Test
  void otherRequestsAreAnsweredWhileSlowSendersTrickle() throws Exception {
    URI base = URI.create(simulator.baseUrl());
    AtomicBoolean done = new AtomicBoolean();
    List<Socket> senders = new ArrayList<>();
    Thread trickler = new Thread(() -> trickle(senders, done), "trickler");
    try {
      for (int i = 0; i < SLOW_SENDERS; i++) {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(("POST /numbers.json HTTP/1.1\r\nHost: " + base.getAuthority()
            + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        senders.add(socket);
      }
      trickler.start();
      Thread.sleep(1500); // let every sender's request take a thread before the others come
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (String path : List.of("/numbers.json", "/numbers/5.xml", "/__admin/numbers/sessions")) {
        // The bound is only there so that a blocked server fails the test instead of hanging it.
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
      }
    } finally {
      done.set(true);
      trickler.join(5000);
      for (Socket socket : senders) {
        socket.close();
      }
    }
  }

  /**
   * A client that pauses a second in the middle of a small body is slow, not an attacker: under
   * Jetty's own minimum data rate (counted from the first byte, without grace) those 140 bytes
   * "arrived at 140 bytes a second" and the create was refused with a 408. A loaded server reading a
   * whole small body late was refused the same way.
   */
  @Test
  void aSmallBodyWithAPauseIsAnsweredNotTimedOut() throws Exception {
    URI base = URI.create(simulator.baseUrl());
    byte[] body = "{\"number\": {\"afid\": \"0001\", \"cid\": \"111\", \"sid\": \"paused-sender\"}}"
        .getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /numbers.json HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nConnection: close"
          + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 10);
      out.flush();
      Thread.sleep(1500);
      out.write(body, 10, body.length - 10);
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
    }
  }

  /** One more space a second to every sender still connected, until the test is done. */
  private static void trickle(List<Socket> senders, AtomicBoolean done) {
    while (!done.get()) {
      for (Socket socket : senders) {
        try {
          OutputStream out = socket.getOutputStream();
          out.write(' ');
          out.flush();
        } catch (IOException cutOff) {
          // the server gave up on this one: what the test wants
        }
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
