package io.numberstoolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void controlCharactersAreEscapedAndLayoutIsKeptOnlyInABlock() {
    assertEquals("a\\x1bb\n\tc", Printable.block("a\u001bb\n\tc", 100));
    assertEquals("a\\x1bb c", Printable.line("a\u001bb\n\tc", 100));
  }

  @Test
  void longTextIsCutBeforeEscapingSoNoEscapeIsHalved() {
    assertEquals("abc… ", Printable.line("abc\u0001def", 3) + " ");
    assertEquals("abc\\x01…", Printable.line("abc\u0001def", 4));
    assertEquals("abcd ... (3 more characters)", Printable.block("abcdefg", 4));
  }

  @Test
  void aBodyThatIsNotTextIsLabelledAndKeptShort() {
    String garbage = "\uFFFD\u0003\uFFFDX".repeat(100);

    assertEquals("(not text: 400 characters) " + "\uFFFD\\x03\uFFFDX".repeat(15) + "…", Printable.block(garbage, 1200));
    assertEquals("plain text with one \uFFFD in it", Printable.block("plain text with one \uFFFD in it", 1200));
  }
}
