package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a request can carry an API key, and every way a body can be cut or broken, shows no key. */
class KeyMaskingTest {
  private final KeyMasking masking = new KeyMasking(List.of("known-key"));

  @Test
  void aJsonKeyIsMaskedAndTheRestKeptAsSent() {
    assertEquals("{\"api_key\": \"***\", \"number\": {\"afid\": \"0001\"}}",
        masking.body("application/json", "{\"api_key\": \"s3cr3t\", \"number\": {\"afid\": \"0001\"}}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"api\\u005fkey\": \"s3cr3t\"}", // read by the API as api_key
      "{\"API_KEY\": 12345678, \"x\": 1}",
      "{\"api_key\": {\"nested\": \"s3cr3t\"}}",
      "{\"number\": {\"api_key\": \"s3cr3t\"}}",
      "{\"api_key\": \"s3cr\\\"3t\"}",
      "{\"x\": 1, \"api_key\": \"s3cr3t", // cut at the log's limit
      "{\"x\": 1,, \"api_key\": \"s3cr3t\"}", // malformed before the key
  })
  void jsonKeysAreMaskedHoweverSpeltNestedCutOrBroken(String body) {
    String masked = masking.body("application/json", body);
    assertFalse(masked.contains("s3cr") || masked.contains("12345678"), masked);
    assertTrue(masked.contains("***"), masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<number><api_key>s3cr3t</api_key></number>",
      "<number><api-key type=\"string\">s3cr3t</api-key></number>",
      "<number><API_KEY><![CDATA[s3cr</x>3t]]></API_KEY></number>",
      "<number><api_key>s3cr3t", // cut
  })
  void xmlKeysAreMasked(String body) {
    String masked = masking.body("application/xml", body);
    assertFalse(masked.contains("s3cr"), masked);
    assertTrue(masked.contains("***"), masked);
  }

  @Test
  void formKeysAreMaskedWhateverTheirEncoding() {
    assertEquals("number%5Bafid%5D=0001&api%5Fkey=***&number[api_key]=***",
        masking.body("application/x-www-form-urlencoded", "number%5Bafid%5D=0001&api%5Fkey=s3cr3t&number[api_key]=s3cr3t"));
  }

  @Test
  void multipartKeysAreMasked() {
    String body = "--b\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\ns3cr3t\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"number[afid]\"\r\n\r\n0001\r\n--b--\r\n";
    String masked = masking.body("multipart/form-data; boundary=b", body);
    assertFalse(masked.contains("s3cr"), masked);
    assertTrue(masked.contains("name=\"number[afid]\"\r\n\r\n0001"), masked);
  }

  @Test
  void aConfiguredKeyIsMaskedWhereverItStandsButNotInsideAWord() {
    assertEquals("sent *** in text/plain, and not-known-keys", masking.body("text/plain", "sent known-key in text/plain, and not-known-keys"));
    assertEquals("/numbers/***.json", masking.url("/numbers/known-key.json"));
  }

  @Test
  void urlKeysAreMaskedWhateverTheirPlaceOrSpelling() {
    assertEquals("/numbers.json?api_key=***&page=1", masking.url("/numbers.json?api_key=alpha&page=1"));
    assertEquals("/numbers.json?page=1&API%5Fkey=***&x", masking.url("/numbers.json?page=1&API%5Fkey=a&x"));
    assertEquals("/numbers.json", masking.url("/numbers.json"));
  }

  /** Bodies a client shapes against the patterns (a long value, many escapes, many lines) are masked, not a crash. */
  @ParameterizedTest
  @ValueSource(strings = {"json", "json-escapes", "xml", "xml-cdata", "multipart", "form"})
  void adversarialBodiesAtTheLimitAreMaskedWithoutFailing(String shape) {
    int n = RequestLog.MAX_BODY_BYTES;
    String body = switch (shape) {
      case "json" -> "{\"x\": [, \"api_key\": \"" + "s".repeat(n);
      case "json-escapes" -> "{\"x\": [, \"api_key\": \"s" + "\\\"".repeat(n / 2);
      case "xml" -> "<number><api_key>s" + "s".repeat(n);
      case "xml-cdata" -> "<number><api_key>s" + "<![CDATA[s]]>".repeat(n / 13);
      case "multipart" -> "--b\r\nContent-Disposition: form-data; name=\"api_key\"\r\n" + "X-h: 1\r\n".repeat(n / 8) + "\r\ns3cr3t";
      default -> "api_key=s" + "&a=1".repeat(n / 4);
    };
    String masked = masking.body(shape.startsWith("form") ? "application/x-www-form-urlencoded" : "text/plain", body);
    assertFalse(masked.contains("s3cr") || masked.contains("\"ss") || masked.contains(">ss") || masked.contains("=ss")
        || masked.contains("api_key=s&"), masked.substring(0, Math.min(200, masked.length())));
  }
}
