package io.numberstoolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.numberstoolkit.conformance.targets.BrokenImplementation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * features/BROKEN-IMPLEMENTATIONS.md lists exactly the broken implementations the tests run, with
 * the rule each breaks and the scenario that catches it. When they drift apart, this test writes
 * the table as it should be to target/BROKEN-IMPLEMENTATIONS.md.
 */
class BrokenImplementationsTableTest {
  private static final Path TABLE = Path.of("features/BROKEN-IMPLEMENTATIONS.md");

  @Test
  void theTableListsEveryBrokenImplementation() throws IOException {
    List<String> rows = rows();
    List<String> written = Files.readAllLines(TABLE).stream().filter(line -> line.startsWith("| ")).toList();
    if (!rows.equals(written)) {
      Files.write(Path.of("target/BROKEN-IMPLEMENTATIONS.md"), rows);
    }
    assertEquals(String.join("\n", rows), String.join("\n", written),
        "features/BROKEN-IMPLEMENTATIONS.md is out of date; its rows as they should be are in target/BROKEN-IMPLEMENTATIONS.md");
  }

  private static List<String> rows() {
    List<String> rows = new ArrayList<>();
    rows.add("| Rule, as the document says it | Document | Broken implementation | Caught by the scenario |");
    for (BrokenImplementation broken : BrokenImplementation.all()) {
      rows.add("| " + String.join(" | ", "\"" + broken.rule() + "\"", broken.source().file, "`" + broken.name() + "`",
          broken.caughtBy()).replace("\n", " ") + " |");
    }
    return rows;
  }
}
