package io.numberstoolkit.simulator.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * What came back on a raw connection to the simulator until it closed: the bytes, and whether it
 * was reset. A connection fault is seen only there; an HTTP client hides it behind an exception.
 */
public record BrokenAnswer(byte[] bytes, boolean reset) {
  /** Sends the raw request to the simulator at {@code baseUrl} and reads until the connection ends. */
  public static BrokenAnswer of(String baseUrl, String rawRequest) throws IOException {
    URI uri = URI.create(baseUrl);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000); // a safety net against a hang, not a timed assertion
      socket.getOutputStream().write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          read.write(buffer, 0, n);
        }
      } catch (SocketException e) {
        return new BrokenAnswer(read.toByteArray(), true);
      }
      return new BrokenAnswer(read.toByteArray(), false);
    }
  }

  /** Asserts the answer is what WireMock's connection fault of this name makes of it. */
  public void assertIs(String fault) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    switch (fault) {
      case "CONNECTION_RESET_BY_PEER" -> assertTrue(reset || bytes.length == 0, "reset, nothing answered: " + text);
      case "EMPTY_RESPONSE" -> assertEquals(0, bytes.length, "closed without a byte: " + text);
      case "MALFORMED_RESPONSE_CHUNK" -> {
        assertTrue(text.startsWith("HTTP/1.1 200"), "a status line, then a broken body: " + text);
        assertFalse(text.endsWith("0\r\n\r\n"), "the chunked body never ends: " + text);
      }
      case "RANDOM_DATA_THEN_CLOSE" -> {
        assertTrue(bytes.length > 0, "garbage is sent");
        assertFalse(text.startsWith("HTTP/"), "no HTTP answer: " + text);
      }
      default -> throw new IllegalArgumentException(fault);
    }
  }
}
