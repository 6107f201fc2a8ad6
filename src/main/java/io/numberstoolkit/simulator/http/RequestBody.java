package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.XmlRejectedException;
import io.numberstoolkit.simulator.store.NumberChanges.AudioUpload;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body read into the API's JSON shape ({@code {"number": {...}, "api_key": ...}}),
 * whichever way it was sent: JSON, Rails-style XML, multipart/form-data (the only way to send
 * {@code message_file}) or a urlencoded form, with Rails-style names like {@code number[afid]}.
 * Values sent as text (XML, forms) are typed as the schema wants before validation.
 */
record RequestBody(ObjectNode root, AudioUpload audio) {
  private static final ObjectMapper JSON = JsonBodies.READER;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern FORM_KEY = Pattern.compile("([^\\[\\]]+)((?:\\[[^\\[\\]]*\\])*)");
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern INDEX = Pattern.compile("[0-9]{1,4}|");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");
  private static final String MESSAGE_FILE = "message_file";

  static RequestBody empty() {
    return new RequestBody(NODES.objectNode(), null);
  }

  static RequestBody of(Request request, long maxBytes) throws ApiException {
    byte[] bytes = request.getBody();
    if (bytes == null || bytes.length == 0) {
      return empty();
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length, maxBytes);
    }
    String mediaType = mediaType(request);
    if (mediaType.equals("multipart/form-data")) {
      return multipart(request.getParts());
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String start = text.stripLeading();
    if (start.startsWith("{") || start.startsWith("[")) {
      return new RequestBody(json(text), null);
    }
    if (start.startsWith("<")) {
      return new RequestBody(xml(text), null);
    }
    if (mediaType.equals("application/x-www-form-urlencoded")) {
      return new RequestBody(form(text), null);
    }
    throw new ApiException(
        400,
        "the body is neither JSON nor XML nor a form (Content-Type "
            + (mediaType.isEmpty() ? "missing" : mediaType) + ")");
  }

  /** The 413 for a body over the limit, whether its Content-Length says so or its bytes do. */
  static ApiException tooLarge(long length, long maxBytes) {
    return new ApiException(413, "the body has " + length + " bytes; this simulator takes at most " + maxBytes);
  }

  private static String mediaType(Request request) {
    ContentTypeHeader header = request.contentTypeHeader();
    String mimeType = header == null || !header.isPresent() ? null : header.mimeTypePart();
    return mimeType == null ? "" : mimeType.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static ObjectNode json(String text) throws ApiException {
    try {
      JsonNode node = JSON.readTree(text);
      if (!(node instanceof ObjectNode object)) {
        throw new ApiException(400, "the body must be a JSON object like {\"number\": {...}}");
      }
      return object;
    } catch (StreamConstraintsException e) {
      throw new ApiException(400, "the JSON body nests deeper than " + JsonBodies.MAX_NESTING_DEPTH
          + " levels; the API's bodies need at most six");
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ApiException(
          400,
          "malformed JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": " + e.getOriginalMessage());
    }
  }

  private static ObjectNode xml(String text) throws ApiException {
    JsonNode node;
    try {
      node = RailsXml.read(text);
    } catch (XmlRejectedException e) {
      throw new ApiException(400, e.getMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      throw new ApiException(400, "the XML body must have one root element, like <number>...</number>");
    }
    return TextValues.typed(object);
  }

  private static ObjectNode form(String text) throws ApiException {
    ObjectNode root = NODES.objectNode();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      put(root, key, NODES.textNode(value));
    }
    return TextValues.typed(root);
  }

  /** The parts of a multipart/form-data body, as the server parsed them (null when it could not). */
  static RequestBody multipart(Collection<Request.Part> parts) throws ApiException {
    ObjectNode root = NODES.objectNode();
    AudioUpload audio = null;
    if (parts == null) {
      // WireMock gives no parts when the body does not parse as multipart with the given boundary.
      throw new ApiException(400, "the multipart/form-data body has no parts separated by its boundary");
    }
    for (Request.Part part : parts) {
      String name = part.getName();
      if (name == null) {
        continue;
      }
      if (name.equals("number[" + MESSAGE_FILE + "]") || name.equals(MESSAGE_FILE)) {
        String contentType = part.getHeader("Content-Type").isPresent()
            ? part.getHeader("Content-Type").firstValue()
            : "application/octet-stream";
        audio = new AudioUpload(fileName(part), contentType, part.getBody().asBytes().length);
        continue;
      }
      put(root, name, NODES.textNode(part.getBody().asString()));
    }
    if (audio != null && !root.has("number")) {
      root.putObject("number"); // a file alone is still a request about the number
    }
    return new RequestBody(TextValues.typed(root), audio);
  }

  private static String fileName(Request.Part part) {
    var disposition = part.getHeader("Content-Disposition");
    if (disposition.isPresent()) {
      Matcher m = FILE_NAME.matcher(disposition.firstValue());
      if (m.find()) {
        return m.group(1);
      }
    }
    return "message_file";
  }

  /** Puts a Rails-style form value: {@code number[timers_attributes][0][seconds]=5}. */
  private static void put(ObjectNode root, String key, JsonNode value) throws ApiException {
    Matcher matcher = FORM_KEY.matcher(key);
    if (!matcher.matches()) {
      throw new ApiException(400, "malformed form field name " + key);
    }
    List<String> path = new ArrayList<>();
    path.add(matcher.group(1));
    Matcher brackets = BRACKET.matcher(matcher.group(2));
    while (brackets.find()) {
      path.add(brackets.group(1));
    }
    JsonNode container = root;
    for (int i = 0; i < path.size(); i++) {
      String name = path.get(i);
      boolean last = i == path.size() - 1;
      boolean nextIsIndex = !last && INDEX.matcher(path.get(i + 1)).matches();
      JsonNode child = last ? value : nextIsIndex ? NODES.arrayNode() : NODES.objectNode();
      container = step(container, name, child, key);
    }
  }

  private static JsonNode step(JsonNode container, String name, JsonNode fresh, String key)
      throws ApiException {
    if (container instanceof ObjectNode object) {
      JsonNode existing = object.get(name);
      if (existing != null && existing.isContainerNode() && fresh.isContainerNode()) {
        return existing;
      }
      object.set(name, fresh);
      return fresh;
    }
    if (container instanceof ArrayNode array && INDEX.matcher(name).matches()) {
      int index = name.isEmpty() ? array.size() : Integer.parseInt(name);
      if (index > array.size()) {
        throw new ApiException(400, "form field " + key + " skips array positions");
      }
      if (index < array.size() && array.get(index).isContainerNode() && fresh.isContainerNode()) {
        return array.get(index);
      }
      if (index == array.size()) {
        array.add(fresh);
      } else {
        array.set(index, fresh);
      }
      return fresh;
    }
    throw new ApiException(400, "form field " + key + " mixes lists and fields");
  }

  private static String decode(String text) throws ApiException {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "malformed percent-encoding in the form: " + text);
    }
  }
}
