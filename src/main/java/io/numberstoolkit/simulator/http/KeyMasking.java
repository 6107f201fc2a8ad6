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
  private static final Pattern JSON_FIELD = Pattern.compile(
      "(\"(?:[^\"\\\\]*\\[)?api[_-]key\\]?\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ELEMENT = Pattern.compile(
      "(<\\s*(?:[\\w.-]+:)?api[_-]key\\b[^>]*(?<!/)>)((?:<!\\[CDATA\\[.*?(?:\\]\\]>|$)|[^<])*)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern XML_ATTRIBUTE = Pattern.compile(
      "(\\bapi[_-]key\\s*=\\s*)(\"[^\"]*\"?|'[^']*'?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MULTIPART_PART = Pattern.compile(
      "(\\bname\\s*=\\s*\"?(?:[^\";\\r\\n]*\\[)?api[_-]key\\]?\"?[^\\r\\n]*(?:\\r?\\n[^\\r\\n]+)*\\r?\\n\\r?\\n)"
          + "(.*?)(?=\\r?\\n--|$)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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
    masked = JSON_FIELD.matcher(masked).replaceAll("$1\"" + MASK + "\"");
    masked = XML_ELEMENT.matcher(masked).replaceAll("$1" + MASK);
    masked = XML_ATTRIBUTE.matcher(masked).replaceAll("$1\"" + MASK + "\"");
    masked = MULTIPART_PART.matcher(masked).replaceAll("$1" + MASK);
    String start = masked.stripLeading();
    boolean form = mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded");
    if (form || !(start.startsWith("{") || start.startsWith("[") || start.startsWith("<"))) {
      masked = pairs(masked);
    }
    return knownKeys(masked);
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
