package io.numberstoolkit.conformance.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.targets.RewritingProxy.Forward;
import io.numberstoolkit.conformance.targets.RewritingProxy.Reply;
import io.numberstoolkit.conformance.targets.RewritingProxy.Rewrite;
import io.numberstoolkit.conformance.targets.RewritingProxy.Upstream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The few ways a broken implementation differs from the simulator, as {@link Rewrite}s. */
final class Rewrites {
  static final Predicate<Forward> LIST = request -> is(request, "GET", "/numbers\\.(json|xml)");
  static final Predicate<Forward> SHOW = request -> is(request, "GET", "/numbers/[0-9]+\\.(json|xml)");
  static final Predicate<Forward> SEARCH = request -> is(request, "GET", "/numbers/for/.*");
  static final Predicate<Forward> CREATE = request -> is(request, "POST", "/numbers\\.[a-z]+");
  static final Predicate<Forward> UPDATE = request -> is(request, "PUT", "/numbers/[0-9]+\\.[a-z]+");
  static final Predicate<Forward> DELETE = request -> is(request, "DELETE", "/numbers/[0-9]+\\.[a-z]+");

  /** The simulator's built-in campaigns, which every broken implementation has too. */
  static final java.util.Set<String> KNOWN_CAMPAIGNS = java.util.Set.of("0001", "0002", "111", "399944");

  private Rewrites() {}

  static boolean is(Forward request, String method, String pathPattern) {
    return request.method().equals(method) && request.path().matches(pathPattern);
  }

  /** Changes the number in every create request's JSON body before the simulator sees it. */
  static Rewrite createBody(Consumer<ObjectNode> change) {
    return (request, upstream) -> upstream.send(Bodies.changeRequest(request, "POST", change));
  }

  /** Changes the number in every update request's JSON body before the simulator sees it. */
  static Rewrite updateBody(Consumer<ObjectNode> change) {
    return (request, upstream) -> upstream.send(Bodies.changeRequest(request, "PUT", change));
  }

  /** Changes every number the simulator answers, in JSON and XML alike. */
  static Rewrite numbersAnswered(Consumer<ObjectNode> change) {
    return (request, upstream) -> Bodies.eachNumber(upstream.send(request), change);
  }

  /** Changes the answers to the requests selected. */
  static Rewrite answers(Predicate<Forward> which, UnaryOperator<Reply> change) {
    return (request, upstream) -> {
      Reply reply = upstream.send(request);
      return which.test(request) ? change.apply(reply) : reply;
    };
  }

  /** Changes the Link header of every answer that has one; null drops it. */
  static Rewrite linkHeader(UnaryOperator<String> change) {
    return (request, upstream) -> {
      Reply reply = upstream.send(request);
      String link = reply.header("Link");
      return link == null ? reply : reply.withHeader("Link", change.apply(link));
    };
  }

  /** Sends the requests selected on to the simulator changed. */
  static Rewrite forwards(Predicate<Forward> which, UnaryOperator<Forward> change) {
    return (request, upstream) -> upstream.send(which.test(request) ? change.apply(request) : request);
  }

  /** A create request whose JSON number matches, refused as a validation failure. */
  static Rewrite refusesCreate(Predicate<ObjectNode> which) {
    return (request, upstream) -> {
      boolean[] refused = {false};
      Bodies.changeRequest(request, "POST", number -> refused[0] = which.test(number));
      return refused[0] ? refusal(422) : upstream.send(request);
    };
  }

  static Reply refusal(int status) {
    return new Reply(status, Map.of("Content-Type", "application/json"), "{\"error\": \"refused\"}".getBytes());
  }

  static Reply noContent() {
    return new Reply(204, Map.of(), new byte[0]);
  }

  /** The query with one parameter set (added, or its value replaced). */
  static String withParameter(String query, String name, String value) {
    String others = query == null ? "" : query.replaceAll("(^|&)" + name + "=[^&]*", "").replaceFirst("^&", "");
    return name + "=" + value + (others.isEmpty() ? "" : "&" + others);
  }

  static String parameter(Forward request, String name) {
    if (request.query() == null) {
      return null;
    }
    for (String pair : request.query().split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  /** Each item of a number's timers or menu options, unwrapped; changes apply in place. */
  static void eachItem(ObjectNode number, String field, Consumer<ObjectNode> change) {
    for (JsonNode item : number.path(field)) {
      JsonNode inner = item.size() == 1 && item.fields().next().getValue().isObject() ? item.elements().next() : item;
      change.accept((ObjectNode) inner);
    }
  }

  /** The JSON array of a request's nested items, or an empty one. */
  static ArrayNode items(ObjectNode number, String field) {
    return number.path(field) instanceof ArrayNode array ? array : Bodies.JSON.createArrayNode();
  }

  /** A path whose format (.json, .xml, ...) is replaced. */
  static Forward as(Forward request, String format) {
    return new Forward(request.method(), request.path().replaceFirst("\\.[a-z]+$", "." + format), request.query(),
        request.contentType(), request.body());
  }

  /** Every number the simulator lists for the request's credentials, page after page. */
  static ArrayNode everyNumber(Forward request, Upstream upstream) {
    ArrayNode all = Bodies.JSON.createArrayNode();
    for (int page = 1; ; page++) {
      Reply reply = upstream.send(new Forward("GET", "/numbers.json",
          withParameter(request.query(), "page", Integer.toString(page)), null, new byte[0]));
      JsonNode numbers = Bodies.read(reply);
      all.addAll((ArrayNode) numbers);
      if (numbers.size() < io.numberstoolkit.contract.ApiFacts.PAGE_SIZE) {
        return all;
      }
    }
  }
}
