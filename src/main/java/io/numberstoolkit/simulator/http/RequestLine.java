package io.numberstoolkit.simulator.http;

/**
 * The console line of one answered API request, what {@code simulate} prints as it serves:
 * {@code POST /numbers.json?api_key=*** session=s1 422 4 ms - /number/afid: is required but missing}.
 * For a 4xx it says what was wrong, read back from the error body the client got ({@link
 * ErrorBodyReader}), so the console and the client never disagree. With {@code --verbose}, the
 * request and answer bodies follow, masked and bounded as in the request log, each line indented
 * after {@code >} (sent) or {@code <} (answered). Plain ASCII around what the client sent, so
 * the output reads the same on any console encoding.
 */
final class RequestLine {
  private RequestLine() {}

  static String of(RequestLog.View entry, boolean withBodies) {
    StringBuilder line = new StringBuilder(entry.method()).append(' ').append(entry.url());
    if (entry.session() != null) {
      line.append(" session=").append(entry.session());
    }
    line.append(' ').append(entry.status());
    if (entry.millis() != null) {
      line.append(' ').append(entry.millis()).append(" ms");
    }
    if (entry.status() >= 400 && entry.status() < 500) {
      String why = entry.explained().firstReason();
      if (why != null) {
        line.append(" - ").append(why);
      }
    }
    String printed = printable(line);
    if (withBodies) {
      printed += body("  > ", entry.request()) + body("  < ", entry.response());
    }
    return printed;
  }

  private static String body(String prefix, RequestLog.Body body) {
    if (body.text() == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String bodyLine : body.text().split("\r?\n", -1)) {
      out.append('\n').append(prefix).append(printable(bodyLine));
    }
    if (body.truncated()) {
      out.append('\n').append(prefix).append("... (cut at ").append(RequestLog.MAX_BODY_BYTES).append(" bytes)");
    }
    return out.toString();
  }

  /** Control characters a client put in a value are shown escaped: one request stays one line. */
  private static String printable(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
