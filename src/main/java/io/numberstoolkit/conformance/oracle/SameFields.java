package io.numberstoolkit.conformance.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Two answers of one number compared field by field (both normalized: timers and menu options unwrapped). */
public final class SameFields {
  private SameFields() {}

  /** Every top-level field of either that is not in {@code except} and differs, as a finding of {@code rule}. */
  static List<Finding> compare(Rule rule, JsonNode expected, JsonNode actual, Set<String> except) {
    Set<String> names = new LinkedHashSet<>();
    expected.fieldNames().forEachRemaining(names::add);
    actual.fieldNames().forEachRemaining(names::add);
    List<Finding> findings = new ArrayList<>();
    for (String name : names) {
      if (!except.contains(name) && !expected.path(name).equals(actual.path(name))) {
        findings.add(Finding.of(rule, name, expected.get(name), actual.get(name)));
      }
    }
    return findings;
  }

  /** Each top-level field in which two answers of one number differ, as "field: expected X, got Y". */
  public static List<String> differences(JsonNode expected, JsonNode actual) {
    return compare(Rule.SHOWN_AS_ANSWERED, expected, actual, Set.of()).stream().map(Finding::describe).toList();
  }
}
