package io.numberstoolkit.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lowest-level client there is: one request per connection (to loopback unless told), written byte for byte,
 * the answer read to the end. java.net.http and REST Assured refuse or normalise the very paths
 * the fuzzer sends ({@code %}, {@code %2e%2e}); this sends them as they are. Every read is
 * bounded, and the whole exchange too, so a server that hangs fails the test instead of
 * stalling it.
 */
final class RawHttp {
  static final Duration TIMEOUT = Duration.ofSeconds(15);
  private final String address;
  private final int port;

  RawHttp(int port) {
    this("127.0.0.1", port);
  }

  /** A client of a server bound to another address than loopback. */
  RawHttp(String address, int port) {
    this.address = address;
    this.port = port;
  }

  RawResponse send(RawRequest request) throws IOException {
    return send(request, "localhost:" + port);
  }

  /** The request with this {@code Host} header, as a hostile page's browser would send it. */
  RawResponse send(RawRequest request, String host) throws IOException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), (int) TIMEOUT.toMillis());
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.bytes(host));
        out.flush();
      } catch (IOException e) {
        // The server may answer (413) and close before reading a big body: read what it said.
      }
      byte[] raw = readAll(socket.getInputStream(), deadline);
      return parse(raw);
    }
  }

  private static byte[] readAll(InputStream in, long deadline) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    while (true) {
      if (System.nanoTime() > deadline) {
        throw new SocketTimeoutException("no complete answer within " + TIMEOUT.toSeconds() + " s");
      }
      int n;
      try {
        n = in.read(buffer);
      } catch (java.net.SocketException reset) {
        if (bytes.size() > 0) {
          break; // the server closed abruptly after answering
        }
        throw reset;
      }
      if (n < 0) {
        break;
      }
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }

  private static RawResponse parse(byte[] raw) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0) {
      throw new IOException("no complete HTTP answer head in " + raw.length + " bytes: "
          + EscapedText.of(new String(raw, StandardCharsets.ISO_8859_1), 300));
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP status line: " + EscapedText.of(lines[0], 200));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    List<String> encoding = headers.get("transfer-encoding");
    if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
      body = dechunk(body);
    }
    return new RawResponse(Integer.parseInt(statusLine[1]), headers, body);
  }

  private static byte[] dechunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
      if (lineEnd < 0) {
        throw new IOException("truncated chunked body");
      }
      String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = Integer.parseInt(sizeText, 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    return indexOf(data, pattern, 0);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
