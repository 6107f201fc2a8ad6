package io.numberstoolkit.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NumberSpace;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.Spaces;
import io.numberstoolkit.simulator.wire.StateJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's admin API, under WireMock's {@code /__admin}: reset, export and load state,
 * list and drop sessions, read the request log, switch faults. A session is named by the
 * {@code session} query parameter or the {@code X-Numbers-Session} header; none means the
 * shared space.
 */
final class AdminApi implements AdminApiExtension {
  static final String ROOT = "/numbers";
  private static final ObjectMapper JSON = new ObjectMapper();

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
        (admin, event, params) -> handle(() -> reset(event.getRequest())));
    router.add(RequestMethod.GET, ROOT + "/state",
        (admin, event, params) -> handle(() -> export(event.getRequest())));
    router.add(RequestMethod.PUT, ROOT + "/state",
        (admin, event, params) -> handle(() -> load(event.getRequest())));
    router.add(RequestMethod.GET, ROOT + "/sessions",
        (admin, event, params) -> handle(this::sessions));
    router.add(RequestMethod.DELETE, ROOT + "/sessions/{name}",
        (admin, event, params) -> handle(() -> drop(params.get("name"))));
    router.add(RequestMethod.GET, ROOT + "/requests",
        (admin, event, params) -> handle(this::requests));
    router.add(RequestMethod.DELETE, ROOT + "/requests",
        (admin, event, params) -> handle(() -> {
          log.clear();
          return message("request log cleared");
        }));
    router.add(RequestMethod.GET, ROOT + "/faults",
        (admin, event, params) -> handle(() -> json(200, faults.setting().toJson())));
    router.add(RequestMethod.PUT, ROOT + "/faults",
        (admin, event, params) -> handle(() -> setFaults(event.getRequest())));
    router.add(RequestMethod.DELETE, ROOT + "/faults",
        (admin, event, params) -> handle(() -> {
          faults.set(Faults.Setting.OFF);
          return message("faults off");
        }));
  }

  private interface Action {
    ResponseDefinition run() throws ApiException;
  }

  private static ResponseDefinition handle(Action action) {
    RequestGuard.reached();
    try {
      return action.run();
    } catch (ApiException e) {
      Answer answer = Answer.error(e, Format.JSON);
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(answer.status())
          .withHeader("Content-Type", Format.JSON.contentType)
          .withBody(answer.body())
          .build();
    }
  }

  /** The shared space as it started, no sessions, the fault switch off, the request log empty. */
  void resetAll() {
    spaces.resetAll();
    faults.set(Faults.Setting.OFF);
    log.clear();
  }

  private ResponseDefinition reset(Request request) throws ApiException {
    QueryParameter all = request.queryParameter("all");
    if (all.isPresent() && all.firstValue().equals("true")) {
      resetAll();
      return message("everything reset to the start-up state: sessions dropped, faults off, request log empty");
    }
    String session = session(request);
    if (!spaces.reset(session)) {
      throw new ApiException(404, "no session " + session);
    }
    return message(describe(session) + " reset to the start-up state");
  }

  private ResponseDefinition export(Request request) throws ApiException {
    String session = session(request);
    NumberSpace space = spaces.existing(session)
        .orElseThrow(() -> new ApiException(404, "no session " + session));
    return json(200, StateJson.toJson(space.state()));
  }

  private ResponseDefinition load(Request request) throws ApiException {
    JsonNode root;
    try {
      root = JSON.readTree(request.getBodyAsString());
    } catch (Exception e) {
      throw new ApiException(400, "the state must be JSON as exported by GET /__admin/numbers/state");
    }
    if (root == null || !root.path("numbers").isArray()) {
      throw new ApiException(400, "the state needs a \"numbers\" array, as exported by GET /__admin/numbers/state");
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < root.get("numbers").size(); i++) {
      String at = "/numbers/" + i + "/number";
      for (Violation v : ContractValidator.shared().validate(Schema.NUMBER, root.get("numbers").get(i).path("number"))) {
        violations.add(new Violation(at + v.pointer(), v.rule(), v.message()));
      }
    }
    if (!violations.isEmpty()) {
      throw new ApiException(422, "the state holds invalid numbers", violations);
    }
    SpaceState state = StateJson.fromJson(root);
    String session = session(request);
    try {
      spaces.space(session).replace(state);
    } catch (Spaces.TooManySessionsException e) {
      throw new ApiException(429, e.getMessage());
    }
    return message(describe(session) + " loaded with " + state.numbers().size() + " numbers");
  }

  private ResponseDefinition sessions() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    var list = body.putArray("sessions");
    spaces.sessionNames().forEach(list::add);
    return json(200, body);
  }

  private ResponseDefinition drop(String name) throws ApiException {
    if (!spaces.drop(name)) {
      throw new ApiException(404, "no session " + name);
    }
    return message("session " + name + " dropped");
  }

  private ResponseDefinition requests() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("requests", log.toJson());
    return json(200, body);
  }

  private ResponseDefinition setFaults(Request request) throws ApiException {
    JsonNode json;
    try {
      json = JSON.readTree(request.getBodyAsString());
    } catch (Exception e) {
      throw new ApiException(400, "faults are JSON: {\"rate\": 0.2, \"status\": 503, \"delay_ms\": 0}");
    }
    if (json == null || !json.isObject()) {
      throw new ApiException(400, "faults are JSON: {\"rate\": 0.2, \"status\": 503, \"delay_ms\": 0}");
    }
    faults.set(Faults.parse(json));
    return json(200, faults.setting().toJson());
  }

  private static String session(Request request) {
    QueryParameter query = request.queryParameter("session");
    if (query.isPresent()) {
      return query.firstValue();
    }
    return request.getHeader(NumbersApi.SESSION_HEADER);
  }

  private static String describe(String session) {
    return session == null || session.isEmpty() ? "the shared space" : "session " + session;
  }

  private static ResponseDefinition message(String text) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("message", text);
    return json(200, body);
  }

  private static ResponseDefinition json(int status, JsonNode body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", Format.JSON.contentType)
        .withBody(body.toString())
        .build();
  }
}
