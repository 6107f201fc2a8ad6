package io.numberstoolkit.conformance.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code Link} header (RFC 8288) read into its relations: {@code rel="next"} and so on. */
public final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
  private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]+)\"?");

  private final Map<String, String> byRel;

  private LinkHeader(Map<String, String> byRel) {
    this.byRel = byRel;
  }

  public static LinkHeader parse(String header) {
    Map<String, String> byRel = new LinkedHashMap<>();
    if (header != null) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL.matcher(link.group(2));
        if (rel.find()) {
          for (String name : rel.group(1).strip().split("\\s+")) {
            byRel.putIfAbsent(name, link.group(1));
          }
        }
      }
    }
    return new LinkHeader(byRel);
  }

  public Optional<String> get(String rel) {
    return Optional.ofNullable(byRel.get(rel));
  }

  public boolean has(String rel) {
    return byRel.containsKey(rel);
  }

  @Override
  public String toString() {
    return byRel.toString();
  }
}
