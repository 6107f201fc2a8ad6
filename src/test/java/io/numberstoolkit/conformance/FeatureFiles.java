package io.numberstoolkit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the tests need to know about features/*.feature: which feature holds a scenario. */
final class FeatureFiles {
  private static final Path FEATURES = Path.of("features");

  private FeatureFiles() {}

  /**
   * The tags of the feature holding a scenario, as a tag expression ({@code @create and
   * @validation}); an outline's title matches with its placeholders filled in.
   */
  static String tagsOfTheFeatureHolding(String scenario) {
    try (Stream<Path> files = Files.list(FEATURES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        if (lines.stream().anyMatch(line -> titles(line, scenario))) {
          String tags = lines.stream().map(String::strip).filter(line -> line.startsWith("@")).findFirst()
              .orElseThrow(() -> new AssertionError(file + " has no feature tags"));
          return String.join(" and ", tags.split("\\s+"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no feature holds the scenario '" + scenario + "'");
  }

  private static boolean titles(String line, String scenario) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("Scenario")) {
      return false;
    }
    String title = trimmed.substring(trimmed.indexOf(':') + 1).strip();
    String pattern = Pattern.quote(title).replaceAll("<[^>]+>", "\\\\E.+\\\\Q");
    return scenario.matches(pattern);
  }
}
