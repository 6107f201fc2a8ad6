package io.numberstoolkit.conformance.targets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.targets.RewritingProxy.Forward;
import io.numberstoolkit.conformance.targets.RewritingProxy.Reply;
import io.numberstoolkit.conformance.targets.RewritingProxy.Upstream;
import java.util.Map;

/**
 * Twelve broken implementations of the numbers API, each the simulator with one defect, and the
 * scenario that must catch it.
 */
public enum Defect implements RewritingProxy.Rewrite {
  LIST_IS_NOT_AN_ARRAY("The list answers a page of numbers") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      Reply reply = upstream.send(request);
      return isList(request) && !Bodies.isXml(reply) ? reply.withBody("{\"numbers\": " + reply.text() + "}") : reply;
    }
  },
  XML_IS_JSON("The list in XML") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      if (!request.path().endsWith(".xml")) {
        return upstream.send(request);
      }
      Forward asJson = new Forward(request.method(), request.path().replaceFirst("\\.xml$", ".json"),
          request.query(), request.contentType(), request.body());
      Reply reply = upstream.send(asJson);
      return reply.withHeader("Content-Type", "text/xml; charset=utf-8");
    }
  },
  CREATE_DROPS_THE_SUB_ID("A toll-free number for a campaign, with a vanity word") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      return upstream.send(changeCreate(request, number -> number.remove("sid")));
    }
  },
  CREATE_IGNORES_THE_GREETING("A text-to-speech greeting of its own") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      return upstream.send(changeCreate(request, number -> number.remove(java.util.List.of("message", "voice_gender"))));
    }
  },
  UPDATE_CHANGES_NOTHING("An update changes only the attributes passed") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      return request.method().equals("PUT") ? upstream.send(request.withMethod("GET")) : upstream.send(request);
    }
  },
  DELETE_DELETES_NOTHING("A deleted number is gone") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      if (request.method().equals("DELETE")) {
        Reply found = upstream.send(request.withMethod("GET"));
        return found.status() == 200 ? new Reply(204, Map.of(), new byte[0]) : found;
      }
      return upstream.send(request);
    }
  },
  NO_LINK_HEADER("A page holds at most 25 numbers and names the first and last pages") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      return upstream.send(request).withHeader("Link", null);
    }
  },
  EVERY_PAGE_IS_THE_FIRST("More than 25 numbers span several pages") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      String query = request.query() == null ? null : request.query().replaceAll("(^|&)page=[0-9]+", "$1page=1");
      return upstream.send(request.withQuery(query));
    }
  },
  AFID_IS_NOT_REQUIRED("A create request whose afid is missing is rejected") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      return upstream.send(changeCreate(request, number -> {
        if (!number.has("afid")) {
          number.put("afid", "0002");
        }
      }));
    }
  },
  UNKNOWN_IDS_ARE_FOUND("A number that does not exist is not found") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      Reply reply = upstream.send(request);
      boolean member = request.method().equals("GET") && request.path().matches("/numbers/[0-9]+\\.json");
      return member && reply.status() == 404
          ? new Reply(200, Map.of("Content-Type", "application/json"), "{\"number\": null}".getBytes()) : reply;
    }
  },
  NO_AUTHENTICATION("A request without an API key is refused") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      String others = request.query() == null ? "" : request.query().replaceAll("(^|&)api_key=[^&]*", "");
      String query = "api_key=" + API_KEY + (others.isEmpty() ? "" : others.startsWith("&") ? others : "&" + others);
      return upstream.send(request.withQuery(query));
    }
  },
  LOCAL_TIMESTAMPS("A toll-free number for a campaign, with a vanity word") {
    @Override
    public Reply handle(Forward request, Upstream upstream) {
      Reply reply = upstream.send(request);
      return Bodies.isXml(reply) ? reply : Bodies.eachNumber(reply, number -> {
        for (String field : java.util.List.of("created_at", "updated_at")) {
          number.put(field, number.path(field).asText().replaceFirst("Z$", "+00:00"));
        }
      });
    }
  };

  /** The key the simulator behind every broken implementation is started with. */
  public static final String API_KEY = "broken-check-key";

  /** The scenario that must fail against this implementation. */
  public final String caughtBy;

  Defect(String caughtBy) {
    this.caughtBy = caughtBy;
  }

  private static boolean isList(Forward request) {
    return request.method().equals("GET") && request.path().matches("/numbers\\.(json|xml)");
  }

  private static Forward changeCreate(Forward request, java.util.function.Consumer<ObjectNode> change) {
    return Bodies.changeRequest(request, "POST", change);
  }
}
