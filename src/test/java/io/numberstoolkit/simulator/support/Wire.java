package io.numberstoolkit.simulator.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.XmlRejectedException;

/**
 * The API's two formats as a test speaks them: the path extension, the media type, and bodies
 * written and read as the JSON shapes, so one test body serves both formats.
 */
public enum Wire {
  JSON("json", "application/json"),
  XML("xml", RailsXml.MEDIA_TYPE);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public final String extension;
  public final String mediaType;

  Wire(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** {@code path("/numbers/5")} is {@code /numbers/5.json} or {@code /numbers/5.xml}. */
  public String path(String withoutExtension) {
    return withoutExtension + "." + extension;
  }

  /** The request Content-Type; the charset is named so REST Assured sends UTF-8. */
  public String contentType() {
    return mediaType + "; charset=UTF-8";
  }

  /**
   * A request body from its JSON text. XML can only carry the root node {@code number}: XML tests
   * pass {@code api_key} and {@code company_id} as query parameters.
   */
  public String body(String json) {
    if (this == JSON) {
      return json;
    }
    JsonNode root = parse(json);
    if (root.size() != 1 || !root.has("number")) {
      throw new IllegalArgumentException("an XML body has the one root node number: " + json);
    }
    return RailsXml.write("number", root.get("number"));
  }

  /** A body the simulator answered, as the JSON shape (XML through {@link RailsXml#read}). */
  public JsonNode read(String body) {
    if (this == JSON) {
      return parse(body);
    }
    try {
      return RailsXml.read(body);
    } catch (XmlRejectedException e) {
      throw new AssertionError("the simulator answered XML that RailsXml refuses: " + e.getMessage() + "\n" + body, e);
    }
  }

  /** The format a path names by its extension, or null for any other. */
  public static Wire ofPath(String path) {
    for (Wire wire : values()) {
      if (path.endsWith("." + wire.extension)) {
        return wire;
      }
    }
    return null;
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + e.getOriginalMessage() + "\n" + json, e);
    }
  }
}
