package io.numberstoolkit.simulator.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.numberstoolkit.contract.Operation;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;

/**
 * Real HTTP to one simulator through REST Assured, every answer checked by {@link
 * ContractCheckingFilter}. A client may carry query parameters or headers on every request (an API
 * key, a session); nothing is configured statically.
 */
public final class NumbersClient {
  private final RequestSpecification spec;

  private NumbersClient(RequestSpecification spec) {
    this.spec = spec;
  }

  public static NumbersClient of(String baseUrl) {
    return new NumbersClient(
        new RequestSpecBuilder().setBaseUri(baseUrl).addFilter(new ContractCheckingFilter()).build());
  }

  /** This client, with a query parameter on every request (e.g. api_key). */
  public NumbersClient withQueryParam(String name, Object value) {
    return new NumbersClient(new RequestSpecBuilder().addRequestSpecification(spec).addQueryParam(name, value).build());
  }

  /** This client, with a header on every request (e.g. X-Numbers-Session). */
  public NumbersClient withHeader(String name, String value) {
    return new NumbersClient(new RequestSpecBuilder().addRequestSpecification(spec).addHeader(name, value).build());
  }

  public RequestSpecification given() {
    return RestAssured.given(spec);
  }

  /** A request carrying a body given as JSON text, sent in the format. */
  public RequestSpecification given(Wire wire, String json) {
    return given().contentType(wire.contentType()).body(wire.body(json));
  }

  /**
   * A multipart/form-data request: the fields, given as name, value, name, value, ..., and an
   * audio file as {@code number[message_file]}, the only way the API takes a file upload.
   */
  public RequestSpecification multipartWithAudioFile(String... namesAndValues) {
    RequestSpecification request = given();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      request.multiPart(namesAndValues[i], namesAndValues[i + 1]);
    }
    return request.multiPart(new MultiPartSpecBuilder(new byte[512])
        .controlName("number[message_file]").fileName("hello.wav").mimeType("audio/wav").build());
  }

  public Response post(Wire wire, String json) {
    return given(wire, json).post(wire.path("/numbers"));
  }

  public Response put(Wire wire, long id, String json) {
    return given(wire, json).put(wire.path("/numbers/" + id));
  }

  public Response get(Wire wire, long id) {
    return given().get(wire.path("/numbers/" + id));
  }

  public Response delete(Wire wire, long id) {
    return given().delete(wire.path("/numbers/" + id));
  }

  /** Creates a number from its attributes ({@code {"afid": ..., "cid": ...}}); the number answered. */
  public JsonNode create(Wire wire, String attributes) {
    Response response = post(wire, "{\"number\": " + attributes + "}");
    assertEquals(SimulatorConventions.successStatus(Operation.CREATE), response.statusCode(), () -> "create: " + response.asString());
    return wire.read(response.asString()).get("number");
  }

  public JsonNode create(String attributes) {
    return create(Wire.JSON, attributes);
  }

  /** Updates a number, expecting success; the number answered. */
  public JsonNode update(Wire wire, long id, String attributes) {
    Response response = put(wire, id, "{\"number\": " + attributes + "}");
    assertEquals(SimulatorConventions.successStatus(Operation.UPDATE), response.statusCode(), () -> "update: " + response.asString());
    return wire.read(response.asString()).get("number");
  }

  public JsonNode show(Wire wire, long id) {
    Response response = get(wire, id);
    assertEquals(200, response.statusCode(), () -> "show " + id + ": " + response.asString());
    return wire.read(response.asString()).get("number");
  }

  /** One page of a list or search path (without extension), as the numbers on it. */
  public List<JsonNode> page(Wire wire, String path, int page) {
    Response response = given().queryParam("page", page).get(wire.path(path));
    assertEquals(200, response.statusCode(), () -> path + " page " + page + ": " + response.asString());
    List<JsonNode> numbers = new ArrayList<>();
    wire.read(response.asString()).forEach(envelope -> numbers.add(envelope.get("number")));
    return numbers;
  }

  /** Every number the index lists, page after page until an empty one. */
  public List<JsonNode> listAll(Wire wire) {
    return all(wire, "/numbers");
  }

  /** Every number a list or search path answers, page after page until an empty one. */
  public List<JsonNode> all(Wire wire, String path) {
    List<JsonNode> numbers = new ArrayList<>();
    for (int page = 1; ; page++) {
      List<JsonNode> items = page(wire, path, page);
      if (items.isEmpty()) {
        return numbers;
      }
      numbers.addAll(items);
    }
  }

  /** The whole state as the index shows it, as JSON text to compare before and after. */
  public String listing() {
    return listAll(Wire.JSON).toString();
  }

  public List<Long> ids() {
    return listAll(Wire.JSON).stream().map(n -> n.get("id").asLong()).toList();
  }
}
