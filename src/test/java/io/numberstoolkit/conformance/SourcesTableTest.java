package io.numberstoolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * features/SOURCES.md cites the sentences every {@code @documented} scenario rests on: it has a row
 * for each one (and for each row of a {@code @documented} Examples table), and none for a scenario
 * that is not {@code @documented}.
 */
class SourcesTableTest {
  @Test
  void everyDocumentedScenarioCitesItsSources() throws IOException {
    Set<String> cited = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("features/SOURCES.md"))) {
      if (line.startsWith("| ") && !line.startsWith("| Scenario |") && (line.contains("| docs") || line.contains("| facts"))) {
        cited.add(line.substring(2, line.indexOf(" | ")));
      }
    }

    assertEquals(String.join("\n", documentedScenarios()), String.join("\n", cited));
  }

  /** The names of the {@code @documented} scenarios, outlines expanded as Cucumber names them. */
  private static Set<String> documentedScenarios() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("features"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
        String tags = "";
        String outline = null;
        List<String> columns = null;
        for (String line : Files.readAllLines(file)) {
          String trimmed = line.strip();
          if (trimmed.startsWith("@")) {
            tags = trimmed;
          } else if (trimmed.startsWith("Scenario Outline:")) {
            outline = trimmed.substring("Scenario Outline:".length()).strip();
            columns = null;
          } else if (trimmed.startsWith("Scenario:")) {
            outline = null;
            if (tags.contains("@documented")) {
              names.add(trimmed.substring("Scenario:".length()).strip());
            }
          } else if (trimmed.startsWith("Examples:")) {
            columns = new ArrayList<>();
          } else if (trimmed.startsWith("|") && outline != null && columns != null && tags.contains("@documented")) {
            List<String> cells = Stream.of(trimmed.substring(1, trimmed.length() - 1).split("\\|")).map(String::strip).toList();
            if (columns.isEmpty()) {
              columns.addAll(cells);
            } else {
              String name = outline;
              for (int i = 0; i < cells.size(); i++) {
                name = name.replace("<" + columns.get(i) + ">", cells.get(i));
              }
              names.add(name);
            }
          }
        }
      }
    }
    return names;
  }
}
