package io.numberstoolkit.conformance.targets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.targets.RewritingProxy.Forward;
import io.numberstoolkit.conformance.targets.RewritingProxy.Reply;
import io.numberstoolkit.contract.RailsXml;
import java.util.function.Consumer;

/** Changing the numbers inside an answer, in JSON or Rails-style XML alike. */
final class Bodies {
  static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  static boolean isXml(Reply reply) {
    String type = reply.header("Content-Type");
    return type != null && (type.startsWith("text/xml") || type.startsWith("application/xml"));
  }

  /**
   * A create (POST) or update (PUT) request's JSON body with its number changed; any other request,
   * or one whose body is not a JSON number, as it is.
   */
  static Forward changeRequest(Forward request, String method, Consumer<ObjectNode> change) {
    boolean json = request.contentType() != null && request.contentType().startsWith("application/json");
    if (!request.method().equals(method) || !json || !request.path().startsWith("/numbers")) {
      return request;
    }
    ObjectNode body;
    try {
      body = object(request.text());
    } catch (RuntimeException malformed) {
      return request;
    }
    if (!body.path("number").isObject()) {
      return request;
    }
    change.accept((ObjectNode) body.get("number"));
    return request.withBody(json(body));
  }

  /** Applies a change to every {"number": {...}} object of a successful answer. */
  static Reply eachNumber(Reply reply, Consumer<ObjectNode> change) {
    if (reply.status() >= 300 || reply.body().length == 0) {
      return reply;
    }
    JsonNode body = read(reply);
    if (body.isArray()) {
      body.forEach(item -> change.accept((ObjectNode) item.get("number")));
    } else if (body.has("number")) {
      change.accept((ObjectNode) body.get("number"));
    }
    return write(reply, body);
  }

  static JsonNode read(Reply reply) {
    try {
      return isXml(reply) ? RailsXml.read(reply.text()) : JSON.readTree(reply.body());
    } catch (Exception e) {
      throw new IllegalStateException("the simulator's answer cannot be read: " + reply.text(), e);
    }
  }

  static Reply write(Reply reply, JsonNode body) {
    if (isXml(reply)) {
      return reply.withBody(body.isArray() ? RailsXml.write("numbers", body) : RailsXml.write("number", body.get("number")));
    }
    return reply.withBody(json(body));
  }

  static String json(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode object(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Timers as the docs' GET example shows them: bare, not wrapped in {"timer": ...}. */
  static void unwrapTimers(ObjectNode number) {
    ArrayNode bare = JSON.createArrayNode();
    number.path("timers").forEach(item -> bare.add(item.has("timer") ? item.get("timer") : item));
    number.set("timers", bare);
  }
}
