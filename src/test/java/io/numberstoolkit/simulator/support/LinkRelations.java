package io.numberstoolkit.simulator.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 8288 {@code Link} header read into rel → URL, as the simulator's paging writes it. The
 * conformance suite reads Link headers its own, more lenient way, in its steps.
 */
public final class LinkRelations {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

  private LinkRelations() {}

  public static Map<String, String> parse(String header) {
    Map<String, String> links = new LinkedHashMap<>();
    if (header == null) {
      return links;
    }
    Matcher matcher = LINK.matcher(header);
    while (matcher.find()) {
      links.put(matcher.group(2), matcher.group(1));
    }
    return links;
  }
}
