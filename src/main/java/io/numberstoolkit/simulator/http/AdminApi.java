package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.numberstoolkit.simulator.store.NumberSpace;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.Spaces;
import io.numberstoolkit.simulator.wire.StateJson;
import java.nio.charset.StandardCharsets;

/**
 * The simulator's admin API, under WireMock's {@code /__admin}: reset, export and load state,
 * list and drop sessions, read the request log, switch faults. The space an admin request acts on
 * is named as {@link SessionName} says; none means the shared space.
 */
final class AdminApi implements AdminApiExtension {
  private static final String ROOT = "/numbers";
  private static final ObjectMapper JSON = JsonBodies.READER;

  private final Spaces spaces;
  private final RequestLog log;
  private final Faults faults;

  AdminApi(Spaces spaces, RequestLog log, Faults faults) {
    this.spaces = spaces;
    this.log = log;
    this.faults = faults;
  }

  @Override
  public String getName() {
    return "numbers-admin";
  }

  /**
   * Every route gets a lambda of its own: WireMock finds the URL template of the route that
   * matched by the task's class, so routes sharing one task class (one lambda site) would all be
   * parsed against the first one's template, and fail with a 500.
   */
  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.POST, ROOT + "/reset",
        (admin, event, params) -> handle(event, () -> reset(event.getRequest())));
    router.add(RequestMethod.GET, ROOT + "/state",
        (admin, event, params) -> handle(event, () -> export(event.getRequest())));
    router.add(RequestMethod.PUT, ROOT + "/state",
        (admin, event, params) -> handle(event, () -> load(event.getRequest())));
    router.add(RequestMethod.GET, ROOT + "/sessions",
        (admin, event, params) -> handle(event, this::sessions));
    router.add(RequestMethod.DELETE, ROOT + "/sessions/{name}",
        (admin, event, params) -> handle(event, () -> drop(params.get("name"))));
    router.add(RequestMethod.GET, ROOT + "/requests",
        (admin, event, params) -> handle(event, () -> requests(event.getRequest())));
    router.add(RequestMethod.DELETE, ROOT + "/requests",
        (admin, event, params) -> handle(event, () -> {
          log.clear();
          return message("request log cleared");
        }));
    router.add(RequestMethod.GET, ROOT + "/faults",
        (admin, event, params) -> handle(event, () -> json(faults.setting().toJson())));
    router.add(RequestMethod.PUT, ROOT + "/faults",
        (admin, event, params) -> handle(event, () -> setFaults(event.getRequest())));
    router.add(RequestMethod.DELETE, ROOT + "/faults",
        (admin, event, params) -> handle(event, () -> {
          faults.set(Faults.Setting.OFF);
          return message("faults off");
        }));
  }

  private interface Action {
    Reply run() throws ApiException;
  }

  /** Runs a route; its refusals and failures become replies here, never reaching the servlet guard. */
  private static ResponseDefinition handle(ServeEvent event, Action action) {
    Reply reply;
    try {
      reply = action.run();
    } catch (ApiException refusal) {
      reply = ErrorReplies.of(refusal, Format.JSON);
    } catch (RuntimeException failure) {
      Request request = event.getRequest();
      reply = ErrorReplies.failure(failure, request.getMethod().getName(), request.getUrl(), Format.JSON);
    }
    return reply.definition(0);
  }

  /** The shared space as it started, no sessions, the fault switch off, the request log empty. */
  void resetAll() {
    spaces.resetAll();
    faults.set(Faults.Setting.OFF);
    log.clear();
  }

  private Reply reset(Request request) throws ApiException {
    if ("true".equals(QueryValues.first(request, "all"))) {
      resetAll();
      return message("everything reset to the start-up state: sessions dropped, faults off, request log empty");
    }
    String session = SessionName.ofAdminRequest(request);
    if (!spaces.reset(session)) {
      throw new ApiException(404, "no session " + session);
    }
    return message(SessionName.describe(session) + " reset to the start-up state");
  }

  private Reply export(Request request) throws ApiException {
    String session = SessionName.ofAdminRequest(request);
    NumberSpace space = spaces.existing(session)
        .orElseThrow(() -> new ApiException(404, "no session " + session));
    return json(StateJson.toJson(space.state()));
  }

  private Reply load(Request request) throws ApiException {
    return load(SessionName.ofAdminRequest(request), request.getBodyAsString());
  }

  /** Loads a state into a space, checked whole first: the route's rules, also for the Java API. */
  Reply load(String session, String json) throws ApiException {
    JsonNode root = jsonBody(json, "the state must be JSON as exported by GET /__admin/numbers/state");
    SpaceState state = StateImportCheck.state(root);
    try {
      spaces.space(session).replace(state);
    } catch (Spaces.TooManySessionsException e) {
      throw new ApiException(429, e.getMessage());
    }
    return message(SessionName.describe(session) + " loaded with " + state.numbers().size() + " numbers");
  }

  private Reply sessions() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    var list = body.putArray("sessions");
    spaces.sessionNames().forEach(list::add);
    return json(body);
  }

  private Reply drop(String name) throws ApiException {
    if (!spaces.drop(name)) {
      throw new ApiException(404, "no session " + name);
    }
    return message("session " + name + " dropped");
  }

  /** The request log, newest last; {@code ?since=ID}: only the entries after that id, for a poller. */
  private Reply requests(Request request) throws ApiException {
    String since = QueryValues.first(request, "since");
    if (since != null && !since.matches("[0-9]{1,18}")) {
      throw new ApiException(400, "since takes the id of the last request seen (a whole number from 0), not '"
          + since + "'");
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("requests", log.toJson(since == null ? 0 : Long.parseLong(since)));
    return json(body);
  }

  private Reply setFaults(Request request) throws ApiException {
    String refusal = "faults are JSON: " + Faults.EXAMPLE;
    JsonNode json = jsonBody(request.getBodyAsString(), refusal);
    if (json == null || !json.isObject()) {
      throw new ApiException(400, refusal);
    }
    faults.set(Faults.parse(json));
    return json(faults.setting().toJson());
  }

  /** The body as a JSON tree (null when empty), or a 400 with this message. */
  private static JsonNode jsonBody(String body, String refusal) throws ApiException {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new ApiException(400, refusal);
    }
  }

  private static Reply message(String text) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("message", text);
    return json(body);
  }

  private static Reply json(JsonNode body) {
    return Reply.of(200, Format.JSON, body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
