package io.numberstoolkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The API's {@code .xml} format: Rails {@code to_xml} style, mapped to and from the exact JSON
 * shapes of the {@code .json} format, so XML bodies validate against the same JSON Schemas.
 *
 * <h2>Mapping</h2>
 *
 * <table>
 *   <caption>JSON and XML</caption>
 *   <tr><th>JSON</th><th>XML</th></tr>
 *   <tr><td>key {@code toll_free}</td><td>element {@code <toll-free>}</td></tr>
 *   <tr><td>{@code 5} (any whole number)</td><td>{@code <id type="integer">5</id>}</td></tr>
 *   <tr><td>{@code 1.5}</td><td>{@code <x type="float">1.5</x>}</td></tr>
 *   <tr><td>{@code true}</td><td>{@code <toll-free type="boolean">true</toll-free>}</td></tr>
 *   <tr><td>{@code null}</td><td>{@code <sid nil="true"/>}</td></tr>
 *   <tr><td>{@code "abc"}, {@code ""}</td><td>{@code <sid>abc</sid>}, {@code <sid></sid>}</td></tr>
 *   <tr><td>string under a key ending in {@code _at}</td>
 *       <td>{@code <updated-at type="datetime">2012-05-03T13:53:23Z</updated-at>}, read back as the
 *       same string (its format is the schemas' business)</td></tr>
 *   <tr><td>object</td><td>element with one child element per key</td></tr>
 *   <tr><td>{@code "timers": [{"timer": {..}}]}</td>
 *       <td>{@code <timers type="array"><timer>..</timer></timers>}</td></tr>
 *   <tr><td>{@code "timers": []}</td><td>{@code <timers type="array"/>}</td></tr>
 *   <tr><td>{@code "timers_attributes": [{..}]} (bare items)</td>
 *       <td>{@code <timers-attributes type="array"><timer>..</timer></timers-attributes>}</td></tr>
 * </table>
 *
 * <p>A document is one root element: {@code write("number", n)} writes {@code <number>..</number>}
 * and {@link #read} gives back {@code {"number": n}}; {@code write("numbers", list)} writes {@code
 * <numbers type="array">..</numbers>} and {@link #read} gives back the list itself, as the JSON
 * format answers {@code [{"number": {..}}, ..]}.
 *
 * <h2>Arrays (a convention of ours)</h2>
 *
 * <p>Rails' own {@code Hash.from_xml} drops item element names. This class keeps them instead,
 * because the JSON format wraps items ({@code [{"number": {..}}]}, {@code [{"menu_option":
 * {..}}]}): reading an array gives one single-key object per item element, named after it. The
 * exception are arrays whose key ends in {@code _attributes} (nested attributes of request bodies):
 * their items are bare objects, written as elements named after the singular of the prefix ({@code
 * timers_attributes} items as {@code <timer>}, {@code menu_options_attributes} items as {@code
 * <menu-option>}) and read back bare, whatever the item elements are called.
 *
 * <p><b>Lossy case:</b> an item of any other array that is not a single-key object (a bare timer
 * {@code {id, seconds, url, inherited}}, a string, a number) is written as an element named after
 * the singular of the array's key ({@code timers} gives {@code <timer>}), and therefore reads back
 * wrapped: {@code "timers": [{"id": 1, ..}]} reads back as {@code "timers": [{"timer": {"id": 1,
 * ..}}]}, {@code "ids": [1]} as {@code "ids": [{"id": 1}]}. Everything else round-trips exactly,
 * except that non-integral numbers always read back as doubles.
 *
 * <h2>Reading</h2>
 *
 * <p>Untyped leaf elements are strings exactly as written, whitespace included ({@code
 * <seconds>5</seconds>} is {@code "5"}); the text of integer, float and boolean elements may be
 * surrounded by whitespace. Whitespace between child elements is layout. Comments are ignored.
 * Refused, with an {@link XmlRejectedException} that says why and where: malformed XML, XML other
 * than version 1.0, any DTD or entity reference beyond the five predefined ones (nothing is ever
 * resolved or fetched), processing instructions, namespaces, nesting deeper than {@value
 * #MAX_DEPTH} elements, attributes other than {@code type} and {@code nil} ({@code type} only on
 * the root), types other than array, integer, float, boolean and datetime, text mixed with child
 * elements, a repeated child element outside a {@code type="array"} element, and typed text that
 * does not parse. Work is linear in the size of the document.
 *
 * <h2>Writing</h2>
 *
 * <p>Writes two-space indented XML after {@code <?xml version="1.0" encoding="UTF-8"?>}, so send
 * the text encoded as UTF-8 ({@link #CONTENT_TYPE}). Refuses, with an {@link
 * IllegalArgumentException} (a programming error: the value has no faithful XML form), empty
 * objects (XML cannot tell them from {@code ""}), keys that are not ASCII letters, digits and
 * {@code _} starting with a letter (a {@code -} would come back as {@code _}), characters XML 1.0
 * cannot carry (most control characters, unpaired surrogates), NaN and infinities, and nesting
 * deeper than {@value #MAX_DEPTH} elements. So whatever {@link #write} returns, {@link #read}
 * accepts.
 */
public final class RailsXml {

  /** The media type of the API's {@code .xml} format, as the vendor documents it. */
  public static final String MEDIA_TYPE = "text/xml";

  /** The Content-Type a server sends with text from {@link #write}, encoded as UTF-8. */
  public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=utf-8";

  /** The deepest element nesting either direction accepts; the API's deepest is five. */
  public static final int MAX_DEPTH = 32;

  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  static final String TYPE_ARRAY = "array";
  static final String TYPE_INTEGER = "integer";
  static final String TYPE_FLOAT = "float";
  static final String TYPE_BOOLEAN = "boolean";
  static final String TYPE_DATETIME = "datetime";

  /**
   * Longer numbers are refused: parsing them is not linear, and no value of the API comes close.
   */
  static final int MAX_NUMBER_LENGTH = 1000;

  static final Pattern INTEGER_TEXT = Pattern.compile("-?[0-9]+");
  static final Pattern FLOAT_TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private RailsXml() {}

  /**
   * Writes {@code value} as a document whose root element is {@code rootName} (a JSON key, such as
   * {@code number} or {@code numbers}).
   *
   * @throws IllegalArgumentException if the value has no faithful XML form (see the class comment)
   */
  public static String write(String rootName, JsonNode value) {
    return RailsXmlWriter.write(rootName, value);
  }

  /**
   * Reads a document: {@code {"number": {..}}} for {@code <number>..</number>}, the array itself
   * for a {@code type="array"} root.
   *
   * @throws XmlRejectedException if the text is not a safe, well-formed document of this format
   */
  public static JsonNode read(String xml) throws XmlRejectedException {
    return RailsXmlReader.read(xml);
  }

  /**
   * Whether XML 1.0 can carry this text at all (it cannot carry most control characters, even as
   * references). The simulator refuses such text on the way in, so every answer can be XML.
   */
  public static boolean canCarry(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (!isCarriable(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether XML 1.0 allows this character, one that is not half of a surrogate pair. */
  static boolean isCarriable(char c) {
    return c == '\t' || c == '\n' || c == '\r'
        || (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF);
  }

  /** Quotes user text in messages without letting a megabyte of it through. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
