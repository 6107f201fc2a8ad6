package io.numberstoolkit.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.RailsXml;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A request body tree written as JSON or as the API's Rails-style XML. A tree may hold {@link
 * #RAW} where a value has no JSON tree form (a lone surrogate escape, bytes that are not UTF-8): the
 * JSON text gets the raw token there, and such a body is never written as XML.
 */
record EncodedBody(String contentType, byte[] bytes, boolean xml) {
  static final String RAW = "@@RAW@@";
  static final String JSON_TYPE = "application/json";
  static final String XML_TYPE = "text/xml";

  static EncodedBody json(JsonNode tree, byte[] rawToken) {
    byte[] text;
    try {
      text = Answers.JSON.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (rawToken != null) {
      text = replace(text, ("\"" + RAW + "\"").getBytes(StandardCharsets.UTF_8), rawToken);
    }
    return new EncodedBody(JSON_TYPE, text, false);
  }

  /**
   * The tree as XML with its single root key as the root element, when XML can say exactly the
   * same: RailsXml must accept it and read it back into the very same tree.
   */
  static Optional<EncodedBody> xml(JsonNode tree) {
    if (!tree.isObject() || tree.size() != 1 || tree.toString().contains(RAW)) {
      return Optional.empty();
    }
    Map.Entry<String, JsonNode> root = tree.fields().next();
    try {
      String text = RailsXml.write(root.getKey(), root.getValue());
      if (!RailsXml.read(text).equals(tree)) {
        return Optional.empty();
      }
      return Optional.of(new EncodedBody(XML_TYPE, text.getBytes(StandardCharsets.UTF_8), true));
    } catch (RuntimeException | io.numberstoolkit.contract.XmlRejectedException e) {
      return Optional.empty();
    }
  }

  private static byte[] replace(byte[] text, byte[] marker, byte[] replacement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + replacement.length);
    int i = 0;
    while (i < text.length) {
      if (startsWith(text, i, marker)) {
        out.writeBytes(replacement);
        i += marker.length;
      } else {
        out.write(text[i++]);
      }
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] text, int at, byte[] prefix) {
    if (at + prefix.length > text.length) {
      return false;
    }
    for (int j = 0; j < prefix.length; j++) {
      if (text[at + j] != prefix[j]) {
        return false;
      }
    }
    return true;
  }
}
