package io.numberstoolkit.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The failures a team knows of and has not fixed yet ({@code conform --known-failures FILE}): they
 * do not fail the run, new ones do. The file is plain text: one scenario name per line, or a cause
 * as the summary prints it after {@code CAUSE n of m: k scenarios:}; blank lines and lines starting
 * with {@code #} are ignored, and so is whitespace around a line.
 *
 * @param source where the list was read from, for the reports
 * @param entries the names and causes, in the file's order
 */
public record KnownFailures(String source, List<String> entries) {
  public KnownFailures {
    entries = List.copyOf(new LinkedHashSet<>(entries));
  }

  public static KnownFailures none() {
    return new KnownFailures("", List.of());
  }

  public static KnownFailures read(Path file) throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        entries.add(entry);
      }
    }
    return new KnownFailures(file.toString(), List.copyOf(entries));
  }

  /** Whether a failure of this scenario, with this cause, is a known one. */
  public boolean covers(String scenario, String cause) {
    return entries.contains(scenario) || entries.contains(cause);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
