package io.numberstoolkit.contract;

import java.util.regex.Pattern;

/** How JSON keys and Rails-style XML element names map onto each other; both directions use it. */
final class RailsXmlNames {

  /**
   * Keys the writer can express: an XML name once '_' becomes '-', and free of '-' (not
   * reversible).
   */
  private static final Pattern WRITABLE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private static final String ATTRIBUTES_SUFFIX = "_attributes";

  private RailsXmlNames() {}

  /**
   * {@code toll_free} becomes {@code toll-free}; refuses keys that could not come back unchanged.
   */
  static String elementName(String jsonKey) {
    if (!WRITABLE_KEY.matcher(jsonKey).matches()) {
      throw new IllegalArgumentException(
          "the JSON key \""
              + RailsXml.abbreviate(jsonKey)
              + "\" has no Rails XML element name:"
              + " keys must be ASCII letters, digits and '_', starting with a letter");
    }
    return jsonKey.replace('_', '-');
  }

  /** {@code toll-free} becomes {@code toll_free}. */
  static String jsonKey(String elementName) {
    return elementName.replace('-', '_');
  }

  /** Nested-attribute arrays of request bodies ({@code timers_attributes}) hold bare objects. */
  static boolean holdsBareItems(String arrayKey) {
    return arrayKey.endsWith(ATTRIBUTES_SUFFIX) && arrayKey.length() > ATTRIBUTES_SUFFIX.length();
  }

  /**
   * The element name (as a JSON key) the writer gives an array item that carries no name of its
   * own: {@code timers_attributes} and {@code timers} give {@code timer}, {@code
   * menu_options_attributes} gives {@code menu_option}.
   */
  static String itemKey(String arrayKey) {
    String plural =
        holdsBareItems(arrayKey)
            ? arrayKey.substring(0, arrayKey.length() - ATTRIBUTES_SUFFIX.length())
            : arrayKey;
    return singular(plural);
  }

  /**
   * Timestamps ({@code updated_at}, {@code audio_file_updated_at}) are strings in JSON; the key is
   * what marks them for {@code type="datetime"} (our convention: Rails decides by the value's class).
   */
  static boolean isDatetimeKey(String jsonKey) {
    return jsonKey.endsWith("_at");
  }

  /** Just enough of Rails' singularize for this API's names; unknown forms stay as they are. */
  private static String singular(String plural) {
    if (plural.endsWith("ies") && plural.length() > 3) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("s") && !plural.endsWith("ss") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }
}
