package io.numberstoolkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.RailsXml;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What every answer of the simulator must look like, checked the same way by every test here. */
final class Answers {
  /** The client errors the simulator documents (contracts/simulator-conventions.md). */
  static final Set<Integer> DOCUMENTED_4XX = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 422);
  /** What Jetty answers for a request line or headers beyond its size limits (also documented). */
  static final Set<Integer> HTTP_LIMITS = Set.of(414, 431);

  static final ObjectMapper JSON = new ObjectMapper();

  private Answers() {}

  /** A JSON or XML body read into the JSON shape, as its Content-Type says. */
  static JsonNode read(RawResponse response) throws Exception {
    String type = response.contentType();
    if (type.startsWith("application/json")) {
      return JSON.readTree(response.body());
    }
    if (type.startsWith("text/xml")) {
      return RailsXml.read(new String(response.body(), StandardCharsets.UTF_8));
    }
    throw new IllegalStateException("Content-Type is neither application/json nor text/xml: '" + type + "'");
  }

  /** Why an error answer is not the documented error body; empty when it is. */
  static List<String> errorBodyProblems(RawResponse response) {
    List<String> problems = new ArrayList<>();
    JsonNode body;
    try {
      body = read(response);
    } catch (Exception e) {
      problems.add("the error body does not parse: " + e.getMessage());
      return problems;
    }
    for (Violation v : ContractValidator.shared().validate(Schema.ERROR, body)) {
      problems.add("error schema: " + v.pointer() + ": " + v.message());
    }
    int inBody = body.path("error").path("status").asInt(-1);
    if (inBody != response.status()) {
      problems.add("the body says status " + inBody + ", the answer is " + response.status());
    }
    return problems;
  }

  /** Why a 2xx body is not what its schema says; empty when it is. */
  static List<String> bodyProblems(RawResponse response, Schema schema) {
    List<String> problems = new ArrayList<>();
    JsonNode body;
    try {
      body = read(response);
    } catch (Exception e) {
      problems.add("the body does not parse: " + e.getMessage());
      return problems;
    }
    for (Violation v : ContractValidator.shared().validate(schema, body)) {
      problems.add(schema.cliName() + " schema: " + v.pointer() + ": " + v.message());
    }
    return problems;
  }
}
