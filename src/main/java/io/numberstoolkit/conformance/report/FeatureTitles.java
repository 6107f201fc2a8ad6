package io.numberstoolkit.conformance.report;

import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestSourceRead;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The features' titles ("Show a number"), by the path the reports name a feature file with. */
final class FeatureTitles {
  private static final Pattern TITLE = Pattern.compile("(?m)^\\s*Feature:\\s*(.+?)\\s*$");

  private final Map<String, String> byPath = new ConcurrentHashMap<>();

  void listen(EventPublisher publisher) {
    publisher.registerHandlerFor(TestSourceRead.class, event -> {
      Matcher title = TITLE.matcher(event.getSource());
      if (title.find()) {
        byPath.put(path(event.getUri()), title.group(1));
      }
    });
  }

  /** {@code features/show.feature}, wherever the features were read from (a folder, the jar). */
  static String path(URI uri) {
    String text = uri.toString();
    int features = text.indexOf("features/");
    return features < 0 ? text : text.substring(features);
  }

  /** The title of the feature a location like {@code features/show.feature:12} is in. */
  String ofLocation(String location) {
    String path = location.replaceFirst(":\\d+$", "");
    return byPath.getOrDefault(path, path);
  }
}
