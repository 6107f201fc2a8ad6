package io.numberstoolkit.reliability;

/**
 * Text safe to print in a failure message: every control character shown as an escape (CR and LF
 * too, since a fuzz case is often about exactly those), long text abbreviated. Not the conformance
 * report's {@code Printable}, which folds white space to one line and labels bodies that are not text.
 */
final class EscapedText {
  private EscapedText() {}

  static String of(String text, int maxChars) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(text.length(), maxChars);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\uFFFD') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > maxChars) {
      out.append("… (").append(text.length() - maxChars).append(" more chars)");
    }
    return out.toString();
  }
}
