package io.numberstoolkit.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP/1.1 request exactly as it goes on the wire: the request target is sent as written (no
 * normalising, no encoding), so odd paths reach the server as generated. {@code Content-Length} is
 * added for a body unless the headers set it (or {@code Transfer-Encoding}) themselves.
 */
record RawRequest(String method, String target, Map<String, String> headers, byte[] body) {
  private static final int SHOWN_BODY_CHARS = 1200;

  RawRequest {
    headers = new LinkedHashMap<>(headers);
    body = body == null ? new byte[0] : body;
  }

  static RawRequest of(String method, String target) {
    return new RawRequest(method, target, Map.of(), null);
  }

  RawRequest withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new RawRequest(method, target, copy, body);
  }

  RawRequest withBody(String contentType, byte[] newBody) {
    RawRequest request = new RawRequest(method, target, headers, newBody);
    return contentType == null ? request : request.withHeader("Content-Type", contentType);
  }

  RawRequest withBody(String contentType, String text) {
    return withBody(contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  byte[] bytes(String host) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body.length > 0 && !hasHeader("Content-Length") && !hasHeader("Transfer-Encoding")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private boolean hasHeader(String name) {
    return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
  }

  /** The request as a reader needs it to replay it: line, headers, body (long bodies abbreviated). */
  String describe() {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(EscapedText.of(target, 300)).append('\n');
    headers.forEach((name, value) -> text.append("  ").append(name).append(": ")
        .append(EscapedText.of(value, 200)).append('\n'));
    if (body.length > 0) {
      text.append("  body (").append(body.length).append(" bytes): ")
          .append(EscapedText.of(new String(body, StandardCharsets.UTF_8), SHOWN_BODY_CHARS));
    }
    return text.toString();
  }
}
