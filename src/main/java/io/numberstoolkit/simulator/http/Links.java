package io.numberstoolkit.simulator.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Link} header of a paginated answer (RFC 8288): first, prev, next and last where
 * they apply, each keeping the request's other query parameters in their order.
 */
final class Links {
  private Links() {}

  static String header(String absoluteUrlWithoutQuery, String rawQuery, int page, int lastPage) {
    List<String> others = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (!pair.isEmpty() && !pair.equals("page") && !pair.startsWith("page=")) {
          others.add(pair);
        }
      }
    }
    List<String> links = new ArrayList<>();
    links.add(link(absoluteUrlWithoutQuery, others, 1, "first"));
    if (page > 1) {
      links.add(link(absoluteUrlWithoutQuery, others, Math.min(page - 1, lastPage), "prev"));
    }
    if (page < lastPage) {
      links.add(link(absoluteUrlWithoutQuery, others, page + 1, "next"));
    }
    links.add(link(absoluteUrlWithoutQuery, others, lastPage, "last"));
    return String.join(", ", links);
  }

  private static String link(String base, List<String> others, int page, String rel) {
    StringBuilder url = new StringBuilder(base).append('?');
    for (String pair : others) {
      url.append(pair).append('&');
    }
    return "<" + url.append("page=").append(page) + ">; rel=\"" + rel + "\"";
  }
}
