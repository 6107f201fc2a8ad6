package io.numberstoolkit.conformance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failure is about, with what differs between scenarios that meet the same fault left out:
 * the key failures are grouped by, so one broken field makes one group, not one copy per scenario.
 *
 * <p>An answer that breaks the contract is named by each field at fault: its JSON pointer with the
 * position in a list dropped (the list's {@code /0/number/toll_free} and the show's {@code
 * /number/toll_free} are one field) and inner array indexes as {@code *}, and the violation's
 * wording without the value that broke it (the wording follows from the violated keyword and the
 * schema). Any other failure is named by its first line, with URLs cut to their path (ids as
 * {@code {id}}, no query) and bodies, timestamps, phone numbers, ids and the scenario's own unique
 * names left out.
 */
public final class FailureCause {
  private static final String CONTRACT_BREAK = " breaks the contract:";
  private static final String PROBLEM = "  - ";

  private static final Pattern SCHEMA_PROBLEM = Pattern.compile("^[a-z-]+ (/\\S*|\\(the body\\)): (.*)$");
  private static final Pattern GOT_VALUE = Pattern.compile(" \\(got .*\\)$");
  private static final Pattern URL = Pattern.compile("https?://[^/\\s]+(/[^?\\s'\"]*?)(\\?[^\\s'\"]*?)?(?=[:,;.]?(\\s|$))");
  private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/[0-9]+(?=[/.]|$)");
  private static final Pattern UNIQUE_NAME = Pattern.compile("\\b[A-Za-z]+-[0-9a-f]{8}-[0-9]+\\b");
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern PHONE = Pattern.compile("\\+\\d{7,15}");
  private static final Pattern NAMED_ID = Pattern.compile("\\b(number|timer|menu option|id) \\d+\\b");
  private static final Pattern BODY = Pattern.compile("\\s*[{\\[<].*$");

  private FailureCause() {}

  /** The cause of a failure, from the error Cucumber reported for it. */
  public static String of(String error) {
    String text = error.strip();
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline);
    if (first.endsWith(CONTRACT_BREAK) && newline >= 0) {
      TreeSet<String> fields = new TreeSet<>();
      for (String line : text.substring(newline + 1).split("\n")) {
        if (line.startsWith(PROBLEM)) {
          fields.add(problem(line.substring(PROBLEM.length())));
        }
      }
      if (!fields.isEmpty()) {
        return String.join("; ", fields);
      }
    }
    return generic(first);
  }

  private static String problem(String text) {
    Matcher schemaProblem = SCHEMA_PROBLEM.matcher(text);
    if (!schemaProblem.matches()) {
      return generic(text);
    }
    return pointer(schemaProblem.group(1)) + ": " + GOT_VALUE.matcher(schemaProblem.group(2)).replaceFirst("");
  }

  /** A pointer without the list position, inner array indexes as {@code *}. */
  static String pointer(String pointer) {
    if (!pointer.startsWith("/")) {
      return pointer;
    }
    List<String> tokens = new ArrayList<>(List.of(pointer.substring(1).split("/", -1)));
    if (!tokens.isEmpty() && tokens.get(0).matches("[0-9]+")) {
      tokens.remove(0);
    }
    tokens.replaceAll(token -> token.matches("[0-9]+") ? "*" : token);
    return "/" + String.join("/", tokens);
  }

  private static String generic(String line) {
    String withoutBody = BODY.matcher(line).replaceFirst(" …");
    String text = withoutBody.isBlank() ? line : withoutBody;
    text = URL.matcher(text).replaceAll(url ->
        Matcher.quoteReplacement(NUMERIC_SEGMENT.matcher(url.group(1)).replaceAll("/{id}")));
    text = UNIQUE_NAME.matcher(text).replaceAll("{unique}");
    text = TIMESTAMP.matcher(text).replaceAll("{time}");
    text = PHONE.matcher(text).replaceAll("{phone}");
    text = NAMED_ID.matcher(text).replaceAll("$1 {id}");
    return GOT_VALUE.matcher(text).replaceFirst("");
  }

}
