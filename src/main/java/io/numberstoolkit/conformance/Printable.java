package io.numberstoolkit.conformance;

/**
 * Text a target sent, as a report can show it: control characters written as {@code \xNN} so
 * they cannot garble a terminal, long text cut, and a body that is not text at all (random bytes,
 * an image) shown as one short line saying so.
 */
public final class Printable {
  /** How much of a body that is not text is shown. */
  private static final int NOT_TEXT_SHOWN = 60;

  private Printable() {}

  /** On one line: every run of white space becomes one space; cut after {@code limit} characters. */
  public static String line(String text, int limit) {
    String flat = text.strip().replaceAll("\\s+", " ");
    String label = looksLikeText(flat) ? "" : notText(flat);
    return label + (flat.length() <= limit ? escape(flat) : escape(flat.substring(0, limit)) + "…");
  }

  /** Line breaks and tabs kept; cut after {@code limit} characters, saying how much was left out. */
  public static String block(String text, int limit) {
    String kept = text.strip();
    if (!looksLikeText(kept)) {
      return line(kept, NOT_TEXT_SHOWN);
    }
    return kept.length() <= limit
        ? escape(kept)
        : escape(kept.substring(0, limit)) + " ... (" + (kept.length() - limit) + " more characters)";
  }

  private static String notText(String text) {
    return "(not text: " + text.length() + " characters) ";
  }

  /**
   * Text, unless at least one character in twenty (and three in all) is a control character or one
   * that could not be decoded.
   */
  static boolean looksLikeText(String text) {
    long odd = text.chars().filter(c -> c == '\uFFFD' || (Character.isISOControl(c) && !Character.isWhitespace(c))).count();
    return odd < 3 || odd * 20 < text.length();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean layout = c == '\n' || c == '\t';
      if (Character.isISOControl(c) && !layout) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
