package io.numberstoolkit.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.conformance.steps.Breakages.Breakage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The negative-check features list exactly the breakages derived from the request schemas, each
 * tagged as {@link Breakage#documented()} says and under the outline its {@link Breakage#verdict()}
 * names: when a schema changes, this test names the rows to add or remove.
 */
class NegativeChecksFollowTheSchemasTest {

  @ParameterizedTest
  @CsvSource({"create-request, features/create-validation.feature",
      "update-request, features/update-validation.feature"})
  void theFeatureTablesAreTheSchemasBreakages(String schema, Path feature) throws IOException {
    TreeSet<String> derived = new TreeSet<>();
    for (Breakage breakage : Breakages.of(schema)) {
      derived.add((breakage.documented() ? "@documented " : "@convention ") + breakage + " " + breakage.verdict());
    }

    assertEquals(String.join("\n", derived), String.join("\n", new TreeSet<>(rows(feature))));
  }

  /** "TAG field breakage verdict" for every row of the feature's Examples tables. */
  private static List<String> rows(Path feature) throws IOException {
    List<String> rows = new ArrayList<>();
    String tag = null;
    String verdict = null;
    boolean header = false;
    for (String line : Files.readAllLines(feature)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("Scenario Outline:")) {
        verdict = trimmed.substring(trimmed.indexOf("<breakage>") + "<breakage>".length()).strip();
      } else if (trimmed.startsWith("@")) {
        tag = trimmed.contains("@documented") ? "@documented" : trimmed.contains("@convention") ? "@convention" : tag;
      } else if (trimmed.startsWith("Examples:")) {
        header = true;
      } else if (trimmed.startsWith("|")) {
        if (header) {
          header = false;
          continue;
        }
        String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|");
        rows.add(tag + " " + cells[0].strip() + " " + cells[1].strip() + " " + verdict);
      }
    }
    return rows;
  }
}
