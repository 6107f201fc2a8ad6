package io.numberstoolkit.simulator.http;

import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A query parameter's first value from a WireMock request, API or admin, or null when it is not
 * there, read by WireMock's own rule (split on {@code &}, name and value percent-decoded, except a
 * value that is an ISO offset date-time, which stays as sent so its {@code +01:00} keeps its plus).
 *
 * <p>Read here rather than by {@code request.queryParameter}: WireMock 3.13.2 tries each name and
 * each value as an ISO date-time first and learns that it is not one from a thrown exception, whose
 * stack trace under Jetty costs microseconds per string. Here only a string that could be one (it
 * has a {@code T} and a {@code :}) is tried.
 */
final class QueryValues {
  private QueryValues() {}

  static String first(Request request, String name) {
    String url = request.getUrl();
    int question = url == null ? -1 : url.indexOf('?');
    if (question < 0 || question == url.length() - 1) {
      return null;
    }
    for (String pair : url.substring(question + 1).split("&")) {
      int equals = pair.indexOf('=');
      if (decoded(equals < 0 ? pair : pair.substring(0, equals)).equals(name)) {
        return equals < 0 ? "" : decoded(pair.substring(equals + 1));
      }
    }
    return null;
  }

  private static String decoded(String text) {
    return isOffsetDateTime(text) ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static boolean isOffsetDateTime(String text) {
    if (text.indexOf(':') < 0 || (text.indexOf('T') < 0 && text.indexOf('t') < 0)) {
      return false; // ISO_OFFSET_DATE_TIME needs both: the date-time separator and HH:mm
    }
    try {
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text);
      return true;
    } catch (DateTimeParseException notOne) {
      return false;
    }
  }
}
