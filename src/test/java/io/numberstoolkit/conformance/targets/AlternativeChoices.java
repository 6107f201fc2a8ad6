package io.numberstoolkit.conformance.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.targets.RewritingProxy.Forward;
import io.numberstoolkit.conformance.targets.RewritingProxy.Reply;
import io.numberstoolkit.conformance.targets.RewritingProxy.Upstream;
import io.numberstoolkit.contract.ApiFacts;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second implementation of the numbers API that decides every OPEN point the other way from the
 * simulator, each choice one the docs allow: create answers 200 (not 201), update 204 with no body
 * (not 200 with the number), delete 200 with the number (not 204); a validation failure is 400
 * (not 422); a method a path does not serve is 404 (as a Rails router says), not 405; error bodies
 * are Rails' {"errors": [...]}; timers in JSON are bare, as in the docs' GET example; XML is
 * answered as application/xml (RFC 7303: the same media type as text/xml), as Rails does. Where
 * the documents state a rule for one case only, it ignores what the rule does not cover: a
 * country on a Toll-free number (country is for Local numbers only), and on an update the
 * attributes a number is bought with (type, desired_text, country), which Rails' strong
 * parameters would drop unread. Its Link header names pages as the api-pagination gem does: no
 * first or prev on the first page, no next or last on the last one.
 *
 * <p>Every {@code @documented} scenario must pass against it, and the {@code @convention} ones
 * that assert the simulator's choices must fail.
 */
public final class AlternativeChoices implements RewritingProxy.Rewrite {
  @Override
  public Reply handle(Forward original, Upstream upstream) {
    Forward request = Bodies.changeRequest(
        Bodies.changeRequest(original, "POST", AlternativeChoices::ignoreCountryUnlessLocal),
        "PUT", number -> number.remove(List.of("type", "desired_text", "country")));
    Reply before = request.method().equals("DELETE") ? upstream.send(request.withMethod("GET")) : null;
    Reply reply = upstream.send(request);
    if (request.method().equals("POST") && reply.status() == 201) {
      reply = reply.withStatus(200).withHeader("Location", null);
    } else if (request.method().equals("PUT") && reply.status() == 200) {
      return new Reply(204, java.util.Map.of(), new byte[0]);
    } else if (before != null && reply.status() == 204 && before.status() == 200) {
      reply = before;
    } else if (reply.status() == 422) {
      reply = reply.withStatus(400);
    } else if (reply.status() == 405) {
      reply = reply.withStatus(404).withHeader("Allow", null);
    }
    if (reply.status() >= 400) {
      return asApplicationXml(railsErrors(reply));
    }
    reply = paginationGemLinks(request, reply);
    return Bodies.isXml(reply) ? asApplicationXml(reply) : Bodies.eachNumber(reply, Bodies::unwrapTimers);
  }

  private static void ignoreCountryUnlessLocal(ObjectNode number) {
    if (!ApiFacts.LOCAL.equals(number.path("type").asText())) {
      number.remove("country");
    }
  }

  private static Reply paginationGemLinks(Forward request, Reply reply) {
    String link = reply.header("Link");
    if (link == null) {
      return reply;
    }
    String page = Rewrites.parameter(request, "page");
    boolean firstPage = page == null || page.equals("1");
    boolean lastPage = !link.contains("rel=\"next\"");
    List<String> kept = Stream.of(link.split(",\\s*(?=<)"))
        .filter(part -> !(firstPage && (part.contains("rel=\"first\"") || part.contains("rel=\"prev\""))))
        .filter(part -> !(lastPage && part.contains("rel=\"last\"")))
        .toList();
    return reply.withHeader("Link", kept.isEmpty() ? null : String.join(", ", kept));
  }

  private static Reply asApplicationXml(Reply reply) {
    return Bodies.isXml(reply) ? reply.withHeader("Content-Type", "application/xml; charset=utf-8") : reply;
  }

  private static Reply railsErrors(Reply reply) {
    if (reply.body().length == 0) {
      return reply;
    }
    JsonNode error = Bodies.read(reply).path("error");
    String message = error.path("message").asText("failed");
    if (Bodies.isXml(reply)) {
      String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      return reply.withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n  <error>" + escaped + "</error>\n</errors>\n");
    }
    return reply.withHeader("Content-Type", "application/json").withBody(
        Bodies.json(Bodies.JSON.createObjectNode().set("errors", Bodies.JSON.createArrayNode().add(message))));
  }
}
