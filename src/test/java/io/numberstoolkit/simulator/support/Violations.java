package io.numberstoolkit.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/** What an error answer says: its message and the pointers of its violations. */
public final class Violations {
  private Violations() {}

  /** The pointers of the violations, sorted: their order is not part of the error body. */
  public static List<String> pointers(Wire wire, Response response) {
    List<String> pointers = new ArrayList<>();
    error(wire, response).path("violations").forEach(v -> pointers.add(v.get("violation").get("pointer").asText()));
    pointers.sort(null);
    return pointers;
  }

  public static List<String> rules(Wire wire, Response response) {
    List<String> rules = new ArrayList<>();
    error(wire, response).path("violations").forEach(v -> rules.add(v.get("violation").get("rule").asText()));
    return rules;
  }

  public static String message(Wire wire, Response response) {
    return error(wire, response).get("message").asText();
  }

  private static JsonNode error(Wire wire, Response response) {
    return wire.read(response.asString()).get("error");
  }
}
