package io.numberstoolkit.conformance.targets;

import static io.numberstoolkit.conformance.targets.BrokenImplementation.Source.DOCS;
import static io.numberstoolkit.conformance.targets.BrokenImplementation.Source.FACTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.conformance.targets.RewritingProxy.Forward;
import io.numberstoolkit.conformance.targets.RewritingProxy.Reply;
import io.numberstoolkit.conformance.targets.RewritingProxy.Upstream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Broken implementations that only the state oracle or the scenarios of search-criteria, tenancy,
 * xml-view, lifecycle and readonly-check catch: each the simulator (with two tenants) behind a
 * {@link RewritingProxy} with one defect, the scenario that must catch it and the tags that select
 * its feature. Some keep state (what a number looked like, which number was deleted), so each run
 * gets a fresh rewrite from {@link #rewrite()}. Each breaks a documented sentence and is a row of
 * features/BROKEN-IMPLEMENTATIONS.md; {@code OracleDefectsTest} proves them.
 */
public enum OracleDefect implements BrokenImplementation {
  SEARCH_IGNORES_THE_AFFILIATE(DOCS, "Searches for numbers matching the provided criteria.",
      "Two numbers that differ only in their affiliate are found apart", "@search",
      () -> (request, upstream) -> {
        Matcher search = Paths.SEARCH.matcher(request.path());
        if (!request.method().equals("GET") || !search.matches()) {
          return upstream.send(request);
        }
        ArrayNode found = Bodies.JSON.createArrayNode();
        everyListed(request, upstream).forEach(item -> {
          JsonNode number = item.path("number");
          if (number.path("cid").asText().equals(decode(search.group(1))) && number.path("sid").asText().equals(decode(search.group(3)))) {
            found.add(item);
          }
        });
        return new Reply(200, Map.of("Content-Type", "application/json"), Bodies.json(found).getBytes());
      }),
  ANOTHER_TENANTS_NUMBER_SHOWN_BY_ID(FACTS, "403 no company ID or a key that may not act on it",
      "Another tenant's number cannot be shown", "@tenancy",
      () -> (request, upstream) -> asEitherTenant(request, upstream, "GET")),
  ANOTHER_TENANTS_NUMBER_CHANGED_BY_ID(FACTS, "403 no company ID or a key that may not act on it",
      "Another tenant's number cannot be changed", "@tenancy",
      () -> (request, upstream) -> asEitherTenant(request, upstream, "PUT")),
  ANOTHER_TENANTS_NUMBER_DELETED_BY_ID(FACTS, "403 no company ID or a key that may not act on it",
      "Another tenant's number cannot be deleted", "@tenancy",
      () -> (request, upstream) -> asEitherTenant(request, upstream, "DELETE")),
  ANOTHER_TENANTS_NUMBERS_LISTED(DOCS, "Returns all the numbers you have in our system.",
      "Another tenant's number is on no page of my list", "@tenancy",
      () -> (request, upstream) -> {
        Reply reply = upstream.send(request);
        if (!isJsonList(request) || reply.status() != 200 || !request.query().contains("api_key=" + OracleDefect.API_KEY)) {
          return reply;
        }
        ArrayNode page = (ArrayNode) Bodies.read(reply);
        Bodies.read(upstream.send(request.withQuery(otherTenant(request.query())))).forEach(page::add);
        return reply.withBody(Bodies.json(page));
      }),
  XML_NAMES_WITH_UNDERSCORES(FACTS, "XML bodies are Rails-style: dashed element names, `type=\"integer\"`, `type=\"boolean\"`, `type=\"datetime\"` and `type=\"array\"` attributes",
      "A number in XML carries every field of its JSON", "@xml",
      () -> (request, upstream) -> {
        Reply reply = upstream.send(request);
        if (!Bodies.isXml(reply)) {
          return reply;
        }
        Matcher tag = Paths.DASHED_TAG.matcher(reply.text());
        StringBuilder underscored = new StringBuilder();
        while (tag.find()) {
          tag.appendReplacement(underscored, Matcher.quoteReplacement(tag.group(1) + tag.group(2).replace('-', '_')));
        }
        return reply.withBody(tag.appendTail(underscored).toString());
      }),
  XML_TIMES_WITHOUT_A_TYPE(FACTS, "XML bodies are Rails-style: dashed element names, `type=\"integer\"`, `type=\"boolean\"`, `type=\"datetime\"` and `type=\"array\"` attributes",
      "A number in XML carries every field of its JSON", "@xml",
      () -> (request, upstream) -> {
        Reply reply = upstream.send(request);
        return Bodies.isXml(reply) ? reply.withBody(reply.text().replace(" type=\"datetime\"", "")) : reply;
      }),
  UPDATE_ALSO_CHANGES_THE_SUB_ID(FACTS, "PUT updates only the attributes passed, e.g. `{\"number\": {\"afid\": \"0005\"}}`.",
      "A number moves to another campaign", "@update",
      () -> (request, upstream) -> upstream.send(changeUpdate(request, number -> {
        if (number.has("cid")) {
          number.put("sid", "moved");
        }
      }))),
  A_NEW_GREETING_DROPS_THE_TIMERS(FACTS, "PUT updates only the attributes passed, e.g. `{\"number\": {\"afid\": \"0005\"}}`.",
      "A number gets a greeting of its own", "@update",
      () -> (request, upstream) -> upstream.send(changeUpdate(request, number -> {
        if (number.has("message")) {
          number.put("destroy_nested", true);
        }
      }))),
  LIST_LEAVES_OUT_NUMBERS_WITH_A_GREETING_OF_THEIR_OWN(DOCS, "Returns all the numbers you have in our system.",
      "A text-to-speech greeting of its own", "@create",
      () -> (request, upstream) -> {
        Reply reply = upstream.send(request);
        if (!isJsonList(request) || reply.status() != 200) {
          return reply;
        }
        ArrayNode kept = Bodies.JSON.createArrayNode();
        Bodies.read(reply).forEach(item -> {
          if (item.path("number").path("greeting").path("inherited").asBoolean(true)) {
            kept.add(item);
          }
        });
        return reply.withBody(Bodies.json(kept));
      }),
  SEARCH_LOSES_UPDATED_NUMBERS(DOCS, "Searches for numbers matching the provided criteria.",
      "A number changes its affiliate", "@update",
      () -> (request, upstream) -> {
        Reply reply = upstream.send(request);
        if (!request.method().equals("GET") || !request.path().startsWith("/numbers/for/") || Bodies.isXml(reply)
            || reply.status() != 200) {
          return reply;
        }
        ArrayNode kept = Bodies.JSON.createArrayNode();
        Bodies.read(reply).forEach(item -> {
          JsonNode number = item.path("number");
          if (number.path("updated_at").equals(number.path("created_at"))) {
            kept.add(item);
          }
        });
        return reply.withBody(Bodies.json(kept));
      }),
  DELETE_LEAVES_IT_IN_THE_LIST(DOCS, "Deletes number with the given ID.",
      "A deleted number is gone from every view", "@lifecycle", () -> {
    Map<String, JsonNode> deleted = new HashMap<>();
    return (request, upstream) -> {
      Matcher member = Paths.MEMBER.matcher(request.path());
      if (request.method().equals("DELETE") && member.matches()) {
        Reply before = upstream.send(new Forward("GET", "/numbers/" + member.group(1) + ".json", request.query(), null, new byte[0]));
        Reply reply = upstream.send(request);
        if (reply.status() < 300 && before.status() == 200) {
          deleted.put(member.group(1), Bodies.read(before));
        }
        return reply;
      }
      Reply reply = upstream.send(request);
      if (!isJsonList(request) || reply.status() != 200 || deleted.isEmpty()) {
        return reply;
      }
      ArrayNode page = (ArrayNode) Bodies.read(reply);
      deleted.values().forEach(page::add);
      return reply.withBody(Bodies.json(page));
    };
  }),
  LIST_IS_STALE_AFTER_AN_UPDATE(DOCS, "Updates number with the given ID.",
      "Every view shows an update, and nothing it did not name", "@lifecycle", () -> {
    Map<Long, JsonNode> firstSeen = new HashMap<>();
    return (request, upstream) -> {
      Reply reply = upstream.send(request);
      if (!isJsonList(request) || reply.status() != 200) {
        return reply;
      }
      ArrayNode page = (ArrayNode) Bodies.read(reply);
      for (int i = 0; i < page.size(); i++) {
        JsonNode item = page.get(i);
        page.set(i, firstSeen.computeIfAbsent(item.path("number").path("id").asLong(), id -> item));
      }
      return reply.withBody(Bodies.json(page));
    };
  }),
  SHOW_DIFFERS_FROM_THE_LIST(DOCS, "Returns a single number based on our internal ID.",
      "The target's own numbers are shown as they are listed", "@readonly",
      () -> (request, upstream) -> {
        Reply reply = upstream.send(request);
        boolean show = request.method().equals("GET") && request.path().matches("/numbers/[0-9]+\\.json");
        return show ? Bodies.eachNumber(reply, number -> number.put("uses_campaign_settings",
            !number.path("uses_campaign_settings").asBoolean())) : reply;
      });

  /** The key of the tenant the suite acts as; {@link Defect#API_KEY}, so both enums share one simulator setup. */
  public static final String API_KEY = Defect.API_KEY;

  /** The second tenant's key (--other-api-key), on a company of its own. */
  public static final String OTHER_API_KEY = "oracle-other-key";

  /** The paths and names the rewrites look for (a holder: enum constants cannot use the enum's own statics). */
  private static final class Paths {
    static final Pattern SEARCH = Pattern.compile("/numbers/for/cid/([^/]+)/afid/([^/]+)/sid/([^/]+)\\.json");
    static final Pattern MEMBER = Pattern.compile("/numbers/([0-9]+)\\.(json|xml)");
    static final Pattern DASHED_TAG = Pattern.compile("(</?)([a-z]+(?:-[a-z]+)+)");
  }

  /** A tag expression that selects the scenario's feature, so the check runs only what it needs. */
  public final String tags;

  private final Source source;
  private final String rule;
  private final String caughtBy;
  private final Supplier<RewritingProxy.Rewrite> rewrites;

  OracleDefect(Source source, String rule, String caughtBy, String feature, Supplier<RewritingProxy.Rewrite> rewrites) {
    this.source = source;
    this.rule = rule;
    this.caughtBy = caughtBy;
    this.tags = "@documented and " + feature;
    this.rewrites = rewrites;
  }

  @Override
  public Source source() {
    return source;
  }

  @Override
  public String rule() {
    return rule;
  }

  @Override
  public String caughtBy() {
    return caughtBy;
  }

  /** A fresh broken implementation, with no state from an earlier run. */
  @Override
  public RewritingProxy.Rewrite rewrite() {
    return rewrites.get();
  }

  private static boolean isJsonList(Forward request) {
    return request.method().equals("GET") && request.path().equals("/numbers.json");
  }

  /** The same request as the other tenant, when it was sent as ours (and the other way round). */
  private static String otherTenant(String query) {
    if (query == null) {
      return null;
    }
    return query.contains("api_key=" + API_KEY) ? query.replace("api_key=" + API_KEY, "api_key=" + OTHER_API_KEY)
        : query.replace("api_key=" + OTHER_API_KEY, "api_key=" + API_KEY);
  }

  /** A request for one number that the tenant may not reach is sent again as the other tenant. */
  private static Reply asEitherTenant(Forward request, Upstream upstream, String method) {
    Reply reply = upstream.send(request);
    if (!request.method().equals(method) || !Paths.MEMBER.matcher(request.path()).matches() || reply.status() != 404) {
      return reply;
    }
    Reply asTheOther = upstream.send(request.withQuery(otherTenant(request.query())));
    return asTheOther.status() < 300 ? asTheOther : reply;
  }

  /** Every number of the tenant's list, page by page, as the simulator answers them. */
  private static ArrayNode everyListed(Forward request, Upstream upstream) {
    ArrayNode all = Bodies.JSON.createArrayNode();
    for (int page = 1; ; page++) {
      String query = (request.query() == null ? "" : request.query() + "&") + "page=" + page;
      JsonNode numbers = Bodies.read(upstream.send(new Forward("GET", "/numbers.json", query, null, new byte[0])));
      numbers.forEach(all::add);
      if (numbers.size() < io.numberstoolkit.contract.ApiFacts.PAGE_SIZE) {
        return all;
      }
    }
  }

  private static String decode(String segment) {
    return java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** An update request's JSON body with its number changed; other requests as they are. */
  private static Forward changeUpdate(Forward request, java.util.function.Consumer<ObjectNode> change) {
    boolean json = request.contentType() != null && request.contentType().startsWith("application/json");
    if (!request.method().equals("PUT") || !json) {
      return request;
    }
    ObjectNode body = Bodies.object(request.text());
    if (body.path("number").isObject()) {
      change.accept((ObjectNode) body.get("number"));
    }
    return request.withBody(Bodies.json(body));
  }
}
