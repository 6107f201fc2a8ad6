package io.numberstoolkit.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Link} header of a paginated answer (RFC 8288): first, prev, next and last where
 * they apply, each keeping the request's other query parameters in their order. Whatever the
 * request sent raw beyond the unreserved characters ({@code >}, {@code "}, {@code ,}, {@code ;},
 * spaces, …) is percent-encoded, so a Link parser reads exactly these four URLs; the escapes the
 * request sent are kept as they were.
 */
final class Links {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Links() {}

  static String header(String absoluteUrlWithoutQuery, String rawQuery, int page, int lastPage) {
    List<String> others = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (!pair.isEmpty() && !pair.equals("page") && !pair.startsWith("page=")) {
          others.add(escaped(pair, "=+"));
        }
      }
    }
    String base = escapedPath(absoluteUrlWithoutQuery);
    List<String> links = new ArrayList<>();
    links.add(link(base, others, 1, "first"));
    if (page > 1) {
      links.add(link(base, others, Math.min(page - 1, lastPage), "prev"));
    }
    if (page < lastPage) {
      links.add(link(base, others, page + 1, "next"));
    }
    links.add(link(base, others, lastPage, "last"));
    return String.join(", ", links);
  }

  private static String link(String base, List<String> others, int page, String rel) {
    StringBuilder url = new StringBuilder(base).append('?');
    for (String pair : others) {
      url.append(pair).append('&');
    }
    return "<" + url.append("page=").append(page) + ">; rel=\"" + rel + "\"";
  }

  /** The URL with its path escaped; the scheme and authority are the simulator's own. */
  private static String escapedPath(String url) {
    int path = url.indexOf('/', url.indexOf("://") + 3);
    return path < 0 ? url : url.substring(0, path) + escaped(url.substring(path), "/:@");
  }

  /** Unreserved characters, valid escapes and {@code kept} stay; every other byte is escaped. */
  private static String escaped(String text, String kept) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (escape || isUnreserved(b) || (b < 128 && kept.indexOf(b) >= 0)) {
        out.append((char) b);
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
        || b == '-' || b == '.' || b == '_' || b == '~';
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }
}
