package io.numberstoolkit.benchmark;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The load generator's HTTP/1.1 client: one keep-alive connection, one request at a time, the
 * answer read to its last byte and thrown away. Deliberately tiny, so that on a 2-core machine
 * the client takes as little CPU from the server as it can, and the same for every server.
 */
final class KeepAliveClient implements Closeable {
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 30_000;

  private final InetSocketAddress target;
  private final byte[] line = new byte[8192];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAliveClient(InetSocketAddress target) {
    this.target = target;
  }

  /** Sends one request (complete, with its headers) and returns the status of the answer. */
  int exchange(byte[] request) throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(request);
    out.flush();
    int status = statusCode(readLine());
    long contentLength = -1;
    boolean chunked = false;
    boolean close = false;
    for (int length = readLineInto(); length > 0; length = readLineInto()) {
      String header = new String(line, 0, length, StandardCharsets.ISO_8859_1);
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
        chunked = true;
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        close = true;
      }
    }
    if (chunked) {
      skipChunks();
    } else if (contentLength > 0) {
      skip(contentLength);
    }
    if (close) {
      close();
    }
    return status;
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(READ_TIMEOUT_MS);
    socket.connect(target, CONNECT_TIMEOUT_MS);
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
  }

  private static int statusCode(String statusLine) throws IOException {
    // "HTTP/1.1 200 OK"
    if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: " + statusLine);
    }
    return Integer.parseInt(statusLine.substring(9, 12));
  }

  private String readLine() throws IOException {
    int length = readLineInto();
    return new String(line, 0, length, StandardCharsets.ISO_8859_1);
  }

  /** Reads one CRLF-terminated line into {@link #line}; returns its length without the CRLF. */
  private int readLineInto() throws IOException {
    int length = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the server closed the connection mid-answer");
      }
      if (b == '\n') {
        return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      }
      if (length == line.length) {
        throw new IOException("header line longer than " + line.length + " bytes");
      }
      line[length++] = (byte) b;
    }
  }

  private void skipChunks() throws IOException {
    while (true) {
      String size = readLine();
      int semicolon = size.indexOf(';');
      long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (chunk == 0) {
        while (readLineInto() > 0) {
          // trailers, if any
        }
        return;
      }
      skip(chunk);
      readLineInto(); // the CRLF after the chunk
    }
  }

  private void skip(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("the server closed the connection mid-body");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
      socket = null;
    }
  }
}
