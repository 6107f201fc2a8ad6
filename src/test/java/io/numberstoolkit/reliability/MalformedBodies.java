package io.numberstoolkit.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Bodies that are not what their media type says: broken JSON and XML, wrong root shapes, bytes
 * no parser reads, and content types whose body cannot be read. Each is refused with 400 by the
 * simulator's conventions ("malformed body: 400"), except where noted.
 */
final class MalformedBodies {
  /** A broken body, its Content-Type (null: none) and the statuses it may get. */
  record Broken(String description, String contentType, byte[] body, Integer... statuses) {}

  private final SplittableRandom random;

  MalformedBodies(SplittableRandom random) {
    this.random = random;
  }

  /** A body that no reading of it makes a request: {@code validJson} is the valid body it breaks. */
  Broken next(String validJson, String validXml) {
    String json = EncodedBody.JSON_TYPE;
    String xml = EncodedBody.XML_TYPE;
    int cut = 1 + random.nextInt(validJson.length() - 1);
    return switch (random.nextInt(36)) {
      case 0 -> new Broken("JSON cut short at " + cut, json, bytes(validJson.substring(0, cut).stripTrailing() + (cut % 2 == 0 ? "" : "  ")), 400);
      case 1 -> new Broken("JSON with trailing garbage", json, bytes(validJson + " trailing"), 400);
      case 2 -> new Broken("two JSON documents", json, bytes(validJson + validJson), 400);
      case 3 -> new Broken("single-quoted JSON", json, bytes(validJson.replace('"', '\'')), 400);
      case 4 -> new Broken("unquoted keys", json, bytes("{number: {afid: \"0002\", cid: \"0001\"}}"), 400);
      case 5 -> new Broken("a comment in JSON", json, bytes("{/* c */ \"number\": {\"afid\": \"0002\", \"cid\": \"0001\"}}"), 400);
      case 6 -> new Broken("NaN in JSON", json, bytes("{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"repeat\": NaN}}"), 400);
      case 7 -> new Broken("trailing comma", json, bytes("{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\",}}"), 400);
      case 8 -> new Broken("leading zero", json, bytes("{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"repeat\": 01}}"), 400);
      case 9 -> new Broken("unterminated string", json, bytes("{\"number\": {\"afid\": \"0002}}"), 400);
      case 10 -> new Broken("invalid escape", json, bytes("{\"number\": {\"afid\": \"\\x41\", \"cid\": \"0001\"}}"), 400);
      case 11 -> new Broken("raw control character in a string", json, bytes("{\"number\": {\"afid\": \"a\u0001b\", \"cid\": \"0001\"}}"), 400);
      case 12 -> new Broken("a JSON array at the root", json, bytes("[" + validJson + "]"), 400);
      case 13 -> new Broken("a JSON string at the root", json, bytes("\"number\""), 400);
      case 14 -> new Broken("a JSON number at the root", json, bytes("5"), 400);
      case 15 -> new Broken("JSON null", json, bytes("null"), 400);
      case 16 -> new Broken("JSON nested 5000 deep", json, bytes("{\"number\": " + "[".repeat(5000) + "]".repeat(5000) + "}"), 400);
      case 17 -> new Broken("JSON nested 900 deep in afid", json,
          bytes("{\"number\": {\"cid\": \"0001\", \"afid\": " + "{\"a\":".repeat(900) + "1" + "}".repeat(900) + "}}"), 400, 422);
      case 18 -> new Broken("a number too long to read", json, bytes("{\"number\": {\"afid\": \"0002\", \"cid\": \"0001\", \"repeat\": 1" + "0".repeat(5000) + "}}"), 400, 422);
      case 19 -> new Broken("random bytes", "application/octet-stream", randomBytes(1 + random.nextInt(3000)), 400);
      case 20 -> new Broken("whitespace only", json, bytes(" \n\t "), 400);
      case 21 -> new Broken("XML cut short", xml, bytes(validXml.substring(0, 1 + random.nextInt(validXml.length() - 2))), 400);
      case 22 -> new Broken("mismatched XML tags", xml, bytes("<number><afid>0002</cid></number>"), 400);
      case 23 -> new Broken("an XML entity declaration (XXE)", xml,
          bytes("<?xml version=\"1.0\"?><!DOCTYPE number [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><number><afid>&x;</afid><cid>0001</cid></number>"), 400);
      case 24 -> new Broken("an undefined XML entity", xml, bytes("<number><afid>&bogus;</afid><cid>0001</cid></number>"), 400);
      case 25 -> new Broken("an XML processing instruction", xml, bytes("<number><?php echo 1 ?><afid>0002</afid><cid>0001</cid></number>"), 400);
      case 26 -> new Broken("an XML namespace", xml, bytes("<n:number xmlns:n=\"urn:x\"><afid>0002</afid><cid>0001</cid></n:number>"), 400);
      case 27 -> new Broken("an unknown XML attribute", xml, bytes("<number><afid lang=\"en\">0002</afid><cid>0001</cid></number>"), 400);
      case 28 -> new Broken("an unknown XML type", xml, bytes("<number><afid>0002</afid><cid>0001</cid><repeat type=\"date\">2</repeat></number>"), 400);
      case 29 -> new Broken("an XML integer that is not one", xml, bytes("<number><afid>0002</afid><cid>0001</cid><repeat type=\"integer\">two</repeat></number>"), 400);
      case 30 -> new Broken("text mixed with XML elements", xml, bytes("<number>text<afid>0002</afid><cid>0001</cid></number>"), 400);
      case 31 -> new Broken("a repeated XML element", xml, bytes("<number><afid>0002</afid><afid>0003</afid><cid>0001</cid></number>"), 400);
      case 32 -> new Broken("XML nested 100 deep", xml, bytes("<number>" + "<a>".repeat(100) + "x" + "</a>".repeat(100) + "</number>"), 400);
      case 33 -> new Broken("XML 1.1", xml, bytes("<?xml version=\"1.1\"?><number><afid>0002</afid><cid>0001</cid></number>"), 400);
      case 34 -> new Broken("two XML root elements", xml, bytes("<number><afid>0002</afid></number><number/>"), 400);
      default -> new Broken("an XML character reference XML 1.0 forbids", xml, bytes("<number><afid>a&#1;b</afid><cid>0001</cid></number>"), 400);
    };
  }

  /** A body whose Content-Type or Content-Encoding makes it unreadable. */
  Broken unreadable(String validJson) {
    return switch (random.nextInt(7)) {
      case 0 -> new Broken("multipart without a boundary", "multipart/form-data", bytes(validJson), 400);
      case 1 -> new Broken("multipart whose body has no parts", "multipart/form-data; boundary=XyZ", bytes(validJson), 400);
      case 2 -> new Broken("a form with a broken escape", "application/x-www-form-urlencoded", bytes("number[afid]=%zz&number[cid]=0001"), 400);
      case 3 -> new Broken("a form field name with stray brackets", "application/x-www-form-urlencoded", bytes("number]afid[=0002"), 400);
      case 4 -> new Broken("a form that skips list positions", "application/x-www-form-urlencoded",
          bytes("number[afid]=0002&number[cid]=0001&number[timers_attributes][7][seconds]=1"), 400);
      case 5 -> new Broken("plain text", "text/plain", bytes("afid=0002, cid=0001"), 400);
      default -> new Broken("text/xml whose body is neither", EncodedBody.XML_TYPE, bytes("number: afid 0002"), 400);
    };
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    if (bytes[0] == '{' || bytes[0] == '[' || bytes[0] == '<') {
      bytes[0] = 0x01;
    }
    return bytes;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<String> oddButReadableContentTypes() {
    return List.of("", "text/plain", "application/xml", "application/json; charset=bogus", "a/b/c;;;",
        "*/*", "application/json; charset=utf-16", "APPLICATION/JSON", "application/x-www-form-urlencoded");
  }
}
