package io.numberstoolkit.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A URL as a log may print it: every {@code api_key} query value replaced by {@code ***}. The one
 * place that masks keys in URLs, for the simulator's request log and the validating proxy's lines,
 * header and reports alike.
 */
public final class MaskedUrl {
  private MaskedUrl() {}

  /** The URL (or path and query) with every {@code api_key} value replaced: the log is for reading, keys are not. */
  public static String of(String url) {
    int question = url.indexOf('?');
    if (question < 0) {
      return url;
    }
    StringBuilder masked = new StringBuilder(url.substring(0, question + 1));
    String[] pairs = url.substring(question + 1).split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      int equals = pairs[i].indexOf('=');
      String name = equals < 0 ? pairs[i] : pairs[i].substring(0, equals);
      boolean key = equals >= 0 && Tenancy.KEY_PARAMETER.equalsIgnoreCase(decoded(name));
      masked.append(i == 0 ? "" : "&").append(key ? name + "=***" : pairs[i]);
    }
    return masked.toString();
  }

  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
