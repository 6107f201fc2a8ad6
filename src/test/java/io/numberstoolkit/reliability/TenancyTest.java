package io.numberstoolkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.support.SimulatorConventions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No company reaches another's numbers: every key (two single-company keys and a reseller's key on
 * each of its companies) tries to list, show, search, update and delete every other company's
 * numbers, in both formats, with the key in the query, a JSON body or a form, by plain and odd
 * paths, by naming the other company in company_id, and inside an isolated session. Reads must
 * not show them, writes must be refused, and afterwards the state must be exactly as before.
 */
class TenancyTest {
  /** A key acting on one company; {@code companyParameter} is the company_id it sends, if any. */
  record Actor(String key, String companyParameter, long company, Set<Long> mayActOn) {
    String query() {
      return "api_key=" + key + (companyParameter == null ? "" : "&company_id=" + companyParameter);
    }

    @Override
    public String toString() {
      return key + (companyParameter == null ? "" : " as company " + companyParameter);
    }
  }

  private static final Actor ALPHA = new Actor("alpha-key", null, 101, Set.of(101L));
  private static final Actor BETA = new Actor("beta-key", null, 202, Set.of(202L));
  private static final Actor RESELLER = new Actor("reseller-key", null, 303, Set.of(303L, 404L));
  private static final Actor RESELLER_CLIENT = new Actor("reseller-key", "404", 404, Set.of(303L, 404L));
  private static final List<Actor> ACTORS = List.of(ALPHA, BETA, RESELLER, RESELLER_CLIENT);
  private static final String SESSION = "tenancy-session";

  private final List<String> leaks = new ArrayList<>();
  private int attempts;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void noKeyReachesAnotherCompanysNumbersByAnyPath() throws Exception {
    SimulatorOptions options = SimulatorOptions.builder().port(0).empty()
        .apiKey(ALPHA.key(), 101L).apiKey(BETA.key(), 202L).apiKey(RESELLER.key(), 303L, 404L)
        .adminKey("tenancy-admin").build();
    try (Simulator simulator = Simulator.start(options)) {
      JsonClient client = new JsonClient(simulator.baseUrl()).withAdminKey("tenancy-admin");
      Map<Actor, List<JsonNode>> owned = new LinkedHashMap<>();
      for (Actor actor : ACTORS) {
        owned.put(actor, List.of(create(client, actor, "shared", ""), create(client, actor, "own-" + actor.company(), "")));
        create(client, actor, "in-session", SESSION);
      }
      JsonNode before = client.get("/__admin/numbers/state").body();
      JsonNode sessionBefore = client.get("/__admin/numbers/state?session=" + SESSION).body();

      for (Actor actor : ACTORS) {
        for (Actor owner : ACTORS) {
          if (owner.company() == actor.company()) {
            continue;
          }
          for (JsonNode victim : owned.get(owner)) {
            for (String format : List.of("json", "xml")) {
              attack(client, actor, owner, victim, format);
            }
          }
        }
        for (String format : List.of("json", "xml")) {
          readsShowOnlyOwn(client, actor, owned.get(actor), format, "");
          readsShowOnlyOwn(client, actor, null, format, SESSION);
        }
      }
      assertTrue(leaks.isEmpty(), () -> leaks.size() + " of " + attempts + " attempts crossed a company boundary:\n"
          + String.join("\n", leaks.subList(0, Math.min(15, leaks.size()))));
      assertEquals(before, client.get("/__admin/numbers/state").body(), "the attacks changed the shared state");
      assertEquals(sessionBefore, client.get("/__admin/numbers/state?session=" + SESSION).body(),
          "the attacks changed the session's state");
      assertTrue(attempts > 1000, "only " + attempts + " attempts were made");
    }
  }

  /** Every way for {@code actor} to reach one of {@code owner}'s numbers; each must fail. */
  private void attack(JsonClient client, Actor actor, Actor owner, JsonNode victim, String format) throws Exception {
    long id = victim.path("id").asLong();
    String member = "/numbers/" + id + "." + format;
    String search = "/numbers/for/cid/" + victim.path("cid").asText() + "/afid/" + victim.path("afid").asText()
        + "/sid/" + victim.path("sid").asText() + "." + format;
    String update = "{\"number\": {\"sid\": \"taken-over\"}}";
    List<String> memberPaths = List.of(member, "/numbers/0" + id + "." + format, "/numbers/00" + id + "." + format);

    for (String path : memberPaths) {
      expect(client, actor, "GET", path + "?" + actor.query(), null, null, 404);
      expect(client, actor, "PUT", path + "?" + actor.query(), EncodedBody.JSON_TYPE, update, 404);
      expect(client, actor, "DELETE", path + "?" + actor.query(), null, null, 404);
    }
    // The key in the body rather than the query: a JSON root node, a form field, XML with the key in the query.
    expect(client, actor, "PUT", member, EncodedBody.JSON_TYPE, withKey(actor, update), 404);
    expect(client, actor, "DELETE", member, EncodedBody.JSON_TYPE, withKey(actor, "{}"), 404);
    expect(client, actor, "PUT", member, "application/x-www-form-urlencoded", actor.query() + "&number[sid]=taken-over", 404);
    expect(client, actor, "DELETE", member, "application/x-www-form-urlencoded", actor.query(), 404);
    expect(client, actor, "PUT", member + "?" + actor.query(), EncodedBody.XML_TYPE, "<number><sid>taken-over</sid></number>", 404);
    // The key of one and the body of another: the query wins, so this is still the actor.
    expect(client, actor, "PUT", member + "?" + actor.query(), EncodedBody.JSON_TYPE,
        "{\"api_key\": \"" + owner.key() + "\", \"number\": {\"sid\": \"taken-over\"}}", 404);
    // A GET's body is not read: a key there authenticates nothing.
    expect(client, actor, "GET", member, EncodedBody.JSON_TYPE, withKey(actor, "{}"), 401);
    // The owner's key twice after the actor's: the first one counts.
    expect(client, actor, "GET", member + "?" + actor.query() + "&api_key=" + owner.key(), null, null, 404);

    boolean mayActOnOwner = actor.mayActOn().contains(owner.company());
    if (!mayActOnOwner) {
      String named = "api_key=" + actor.key() + "&company_id=" + owner.company();
      expect(client, actor, "GET", member + "?" + named, null, null, 403);
      expect(client, actor, "GET", search + "?" + named, null, null, 403);
      expect(client, actor, "GET", "/numbers." + format + "?" + named, null, null, 403);
      expect(client, actor, "PUT", member + "?" + named, EncodedBody.JSON_TYPE, update, 403);
      expect(client, actor, "DELETE", member + "?" + named, null, null, 403);
      expect(client, actor, "POST", "/numbers." + format + "?" + named, EncodedBody.JSON_TYPE,
          "{\"number\": {\"afid\": \"x\", \"cid\": \"0001\"}}", 403);
      expect(client, actor, "PUT", member, EncodedBody.JSON_TYPE, "{\"api_key\": \"" + actor.key()
          + "\", \"company_id\": " + owner.company() + ", \"number\": {\"sid\": \"taken-over\"}}", 403);
      expect(client, actor, "DELETE", member, "application/x-www-form-urlencoded",
          "api_key=" + actor.key() + "&company_id=" + owner.company(), 403);
      expect(client, actor, "GET", member + "?api_key=" + actor.key() + "&company_id=0" + owner.company(), null, null, 403);
    }
    // The search the owner would make finds nothing of the owner's.
    JsonClient.Reply found = expect(client, actor, "GET", search + "?" + actor.query(), null, null, 200);
    if (found != null) {
      for (JsonNode item : found.body()) {
        if (item.path("number").path("id").asLong() == id) {
          leaks.add(actor + " found " + owner + "'s number " + id + ": " + found.describe());
        }
      }
    }
  }

  /** Every page of the index and of a search shared by all companies holds the actor's numbers only. */
  private void readsShowOnlyOwn(JsonClient client, Actor actor, List<JsonNode> own, String format, String session)
      throws Exception {
    String sessionQuery = session.isEmpty() ? "" : "&numbers_session=" + session;
    Set<Long> seen = new HashSet<>();
    for (int page = 1; page < 100; page++) {
      JsonClient.Reply reply = expect(client, actor, "GET",
          "/numbers." + format + "?" + actor.query() + "&page=" + page + sessionQuery, null, null, 200);
      if (reply == null || reply.body().isEmpty()) {
        break;
      }
      reply.body().forEach(item -> seen.add(item.path("number").path("id").asLong()));
      checkCompany(client, actor, reply, session);
    }
    JsonClient.Reply shared = expect(client, actor, "GET",
        "/numbers/for/cid/0001/afid/tenancy/sid/shared." + format + "?" + actor.query() + sessionQuery, null, null, 200);
    if (shared != null) {
      checkCompany(client, actor, shared, session);
    }
    if (own != null) {
      Set<Long> ownIds = new HashSet<>();
      own.forEach(n -> ownIds.add(n.path("id").asLong()));
      if (!seen.containsAll(ownIds)) {
        leaks.add(actor + " does not see its own numbers " + ownIds + " in the index (saw " + seen + ")");
      }
    }
  }

  /** Each listed number must be one the actor's company owns, per the admin export. */
  private void checkCompany(JsonClient client, Actor actor, JsonClient.Reply reply, String session) throws Exception {
    JsonNode state = client.get("/__admin/numbers/state" + (session.isEmpty() ? "" : "?session=" + session)).body();
    Map<Long, Long> companyOf = new LinkedHashMap<>();
    state.path("numbers").forEach(n -> companyOf.put(n.path("number").path("id").asLong(), n.path("company_id").asLong()));
    for (JsonNode item : reply.body()) {
      long id = item.path("number").path("id").asLong();
      if (companyOf.getOrDefault(id, -1L) != actor.company()) {
        leaks.add(actor + " was shown number " + id + " of company " + companyOf.get(id) + ": " + reply.request());
      }
    }
  }

  private JsonClient.Reply expect(JsonClient client, Actor actor, String method, String path, String contentType,
      String body, int status) throws Exception {
    attempts++;
    JsonClient.Reply reply = body == null ? client.send(method, path, null) : client.send(method, path, contentType, body);
    if (reply.status() != status) {
      leaks.add(actor + ": expected " + status + ": " + reply.describe());
      return null;
    }
    if (status >= 400) {
      List<String> problems = Answers.errorBodyProblems(reply.response());
      if (!problems.isEmpty()) {
        leaks.add(actor + ": the error body is not the documented one (" + problems + "): " + reply.describe());
      }
    }
    return reply;
  }

  private static JsonNode create(JsonClient client, Actor actor, String sid, String session) throws Exception {
    String query = "?" + actor.query() + (session.isEmpty() ? "" : "&numbers_session=" + session);
    JsonClient.Reply created = client.send("POST", "/numbers.json" + query,
        "{\"number\": {\"afid\": \"tenancy\", \"cid\": \"0001\", \"sid\": \"" + sid + "\"}}");
    assertEquals(SimulatorConventions.successStatus(Operation.CREATE), created.status(), created::describe);
    return created.body().path("number");
  }

  private static String withKey(Actor actor, String json) {
    String key = "\"api_key\": \"" + actor.key() + "\""
        + (actor.companyParameter() == null ? "" : ", \"company_id\": \"" + actor.companyParameter() + "\"");
    return json.equals("{}") ? "{" + key + "}" : "{" + key + ", " + json.substring(1);
  }
}
