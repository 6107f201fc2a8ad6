package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys out of what the request log shows: the one place that masks them, in a URL and in a
 * body of any format the API reads (JSON, Rails XML, a form, multipart), also when the body is
 * malformed or cut off at the log's limit. A key is masked where it stands as {@code api_key} (or
 * Rails' {@code api-key}, in any case, or as {@code number[api_key]}), and every configured key
 * (and the admin key) wherever it stands as a whole token. Masking more than needed is harmless;
 * a key shown in clear is not.
 */
final class KeyMasking {
  static final String MASK = "***";
  private static final JsonFactory JSON = new JsonFactory();
  // Each pattern finds where a key's value starts; a hand-written scan finds where it ends. A
  // regular expression repeating a group over the value would recurse once per character and
  // overflow the stack on a long value a client can send.
  private static final Pattern JSON_FIELD = Pattern.compile(
      "\"(?:[^\"\\\\\\[\\r\\n]{0,200}\\[)?api[_-]key\\]?\"\\s*:\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ELEMENT = Pattern.compile(
      "<\\s*(?:[\\w.-]{1,200}:)?api[_-]key\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ATTRIBUTE = Pattern.compile("\\bapi[_-]key\\s*=\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern MULTIPART_NAME = Pattern.compile(
      "\\bname\\s*=\\s*\"?(?:[^\";\\r\\n]{0,200}\\[)?api[_-]key\\]?(?![\\w-])", Pattern.CASE_INSENSITIVE);

  /** Where a value that starts at {@code from} ends (exclusive); -1: there is no value to mask. */
  private interface ValueEnd {
    int of(String text, int from);
  }

  private final List<Pattern> secrets = new ArrayList<>();

  /** Masks the {@code api_key} fields, and these values (the configured keys) wherever they stand. */
  KeyMasking(Collection<String> knownKeys) {
    for (String key : knownKeys) {
      if (key != null && !key.isEmpty()) {
        secrets.add(Pattern.compile("(?<![\\p{Alnum}_-])" + Pattern.quote(key) + "(?![\\p{Alnum}_-])"));
      }
    }
  }

  static KeyMasking ofNames() {
    return new KeyMasking(List.of());
  }

  /** The URL with every {@code api_key} query value replaced. */
  String url(String url) {
    int question = url.indexOf('?');
    return knownKeys(question < 0 ? url : url.substring(0, question + 1) + pairs(url.substring(question + 1)));
  }

  /** A body as text, whatever its format, with every key in it replaced. */
  String body(String mediaType, String text) {
    String masked = json(text);
    masked = replaceValues(masked, JSON_FIELD, KeyMasking::jsonValueEnd, "\"" + MASK + "\"");
    masked = replaceValues(masked, XML_ELEMENT, KeyMasking::xmlTextEnd, MASK);
    masked = replaceValues(masked, XML_ATTRIBUTE, KeyMasking::quotedEnd, "\"" + MASK + "\"");
    masked = replaceValues(masked, MULTIPART_NAME, KeyMasking::partEnd, MASK);
    String start = masked.stripLeading();
    boolean form = mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded");
    if (form || !(start.startsWith("{") || start.startsWith("[") || start.startsWith("<"))) {
      masked = pairs(masked);
    }
    return knownKeys(masked);
  }

  /** Each value found after a match of {@code name}, up to where {@code end} says, replaced. */
  private static String replaceValues(String text, Pattern name, ValueEnd end, String replacement) {
    Matcher matcher = name.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (matcher.find()) {
      int from = matcher.end();
      int to = end.of(text, from);
      if (to < 0 || from < copied) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, from).append(replacement);
      copied = to;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** A JSON string (to its closing quote, or the end of a cut body) or a bare value (to , } ] or space). */
  private static int jsonValueEnd(String text, int from) {
    if (from < text.length() && text.charAt(from) == '"') {
      return stringEnd(text, from);
    }
    int i = from;
    while (i < text.length() && ",}] \t\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** A quoted value, from its opening quote to past its closing one (the end of text if cut). */
  private static int quotedEnd(String text, int from) {
    if (from >= text.length() || (text.charAt(from) != '"' && text.charAt(from) != '\'')) {
      return -1;
    }
    return stringEnd(text, from);
  }

  private static int stringEnd(String text, int from) {
    char quote = text.charAt(from);
    for (int i = from + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** An element's text, CDATA sections included, up to the next tag; none after a self-closed tag. */
  private static int xmlTextEnd(String text, int from) {
    if (text.charAt(from - 2) == '/') {
      return -1;
    }
    int i = from;
    while (i < text.length()) {
      if (text.startsWith("<![CDATA[", i)) {
        int close = text.indexOf("]]>", i);
        i = close < 0 ? text.length() : close + 3;
      } else if (text.charAt(i) == '<') {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }

  /** A multipart part's content: after the blank line that ends its headers, up to the next boundary. */
  private static int partEnd(String text, int from) {
    int crlf = text.indexOf("\r\n\r\n", from);
    int lf = text.indexOf("\n\n", from);
    int headersEnd = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : -1;
    if (headersEnd < 0) {
      return -1;
    }
    int boundary = text.indexOf("\n--", headersEnd);
    return boundary < 0 ? text.length() : (boundary > 0 && text.charAt(boundary - 1) == '\r' ? boundary - 1 : boundary);
  }

  private String knownKeys(String text) {
    String masked = text;
    for (Pattern secret : secrets) {
      masked = secret.matcher(masked).replaceAll(MASK);
    }
    return masked;
  }

  /** {@code a=1&api_key=x}: a query string or a urlencoded form, the names read percent-decoded. */
  private static String pairs(String text) {
    if (!text.contains("=")) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text.length());
    String[] pairs = text.split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      int equals = pairs[i].indexOf('=');
      String name = equals < 0 ? pairs[i] : pairs[i].substring(0, equals);
      masked.append(i == 0 ? "" : "&").append(equals >= 0 && isKeyName(decoded(name)) ? name + "=" + MASK : pairs[i]);
    }
    return masked.toString();
  }

  /**
   * JSON read as the API reads it, so a name spelt with escapes ({@code "api\u005fkey"}) is found
   * too; each key value becomes {@code "***"}. Reads up to where the text stops being JSON (cut
   * off, or not JSON at all); the patterns in {@link #body} cover what is past that point.
   */
  private static String json(String text) {
    String start = text.stripLeading();
    if (!(start.startsWith("{") || start.startsWith("["))) {
      return text;
    }
    List<int[]> values = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && isKeyName(parser.currentName())) {
          JsonToken value = parser.nextToken();
          int from = (int) parser.currentTokenLocation().getCharOffset();
          if (value != null && value.isStructStart()) {
            parser.skipChildren();
          } else if (value != null) {
            parser.getText(); // reads the whole token, so the location is past its end
          }
          values.add(new int[] {from, (int) parser.currentLocation().getCharOffset()});
        }
      }
    } catch (IOException | RuntimeException notJsonFromHere) {
      // what was read is masked below; the patterns cover the rest
    }
    StringBuilder masked = new StringBuilder(text);
    for (int i = values.size() - 1; i >= 0; i--) {
      int from = Math.max(0, Math.min(values.get(i)[0], masked.length()));
      int to = Math.max(from, Math.min(values.get(i)[1], masked.length()));
      masked.replace(from, to, "\"" + MASK + "\"");
    }
    return masked.toString();
  }

  private static boolean isKeyName(String name) {
    if (name == null) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT).replace('-', '_');
    return lower.equals(Tenancy.KEY_PARAMETER) || lower.endsWith("[" + Tenancy.KEY_PARAMETER + "]");
  }

  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
