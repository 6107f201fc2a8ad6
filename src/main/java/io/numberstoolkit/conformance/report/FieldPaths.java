package io.numberstoolkit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field paths present in a JSON tree, named like {@link io.numberstoolkit.conformance.SchemaField#path()}: {@code
 * number.timers[].timer.seconds}. A list's items are named like a single number's fields ({@code
 * number.id}, not {@code [].number.id}) so list, search and show share one vocabulary.
 */
public final class FieldPaths {
  private static final Pattern FORM_PART = Pattern.compile("\\[([^\\]]*)\\]");

  private FieldPaths() {}

  public static Set<String> of(JsonNode tree) {
    Set<String> paths = new LinkedHashSet<>();
    collect(tree, "", paths);
    Set<String> named = new LinkedHashSet<>();
    paths.forEach(path -> named.add(normalize(path)));
    named.remove("");
    return named;
  }

  /** A path as the coverage table names it: without the leading {@code []} of a list's items. */
  public static String normalize(String path) {
    if (path.startsWith("[].")) {
      return path.substring(3);
    }
    return path.equals("[]") ? "" : path;
  }

  /** {@code number[timers_attributes][0][seconds]}, a Rails form field, named like a JSON path. */
  public static String ofFormField(String name) {
    int bracket = name.indexOf('[');
    if (bracket < 0) {
      return name;
    }
    StringBuilder path = new StringBuilder(name.substring(0, bracket));
    Matcher part = FORM_PART.matcher(name.substring(bracket));
    while (part.find()) {
      path.append(part.group(1).matches("[0-9]*") ? "[]" : "." + part.group(1));
    }
    return path.toString();
  }

  private static void collect(JsonNode node, String path, Set<String> paths) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        paths.add(child);
        collect(field.getValue(), child, paths);
      });
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, path + "[]", paths);
      }
    }
  }
}
