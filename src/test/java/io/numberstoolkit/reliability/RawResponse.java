package io.numberstoolkit.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An answer as read off the socket; header names in lower case. */
record RawResponse(int status, Map<String, List<String>> headers, byte[] body) {
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  String contentType() {
    String type = header("Content-Type");
    return type == null ? "" : type;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  String describe() {
    return status + " " + contentType() + " " + EscapedText.of(bodyText(), 600);
  }
}
