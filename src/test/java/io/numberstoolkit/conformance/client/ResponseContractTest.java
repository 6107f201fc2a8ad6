package io.numberstoolkit.conformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.contract.RailsXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one place that holds every answer to the contract, and where it holds back on OPEN points. */
class ResponseContractTest {
  private static final String JSON = "application/json; charset=utf-8";

  @Test
  void aDocumentedNumberIsValid() throws IOException {
    ResponseContract.Reading reading = read(Operation.SHOW, 200, JSON, showExample(), "json", false);

    assertEquals(List.of(), reading.problems());
    assertEquals(5, reading.body().path("number").path("id").asInt());
  }

  @Test
  void aListInRailsXmlIsReadIntoTheJsonShapeAndValidated() throws IOException {
    String xml = RailsXml.write("numbers", new com.fasterxml.jackson.databind.ObjectMapper().readTree("[" + showExample() + "]"));

    ResponseContract.Reading reading = read(Operation.LIST, 200, "text/xml", xml, "xml", false);

    assertEquals(List.of(), reading.problems());
    assertEquals(5, reading.body().get(0).path("number").path("id").asInt());
  }

  @Test
  void xmlMayBeAnsweredAsApplicationXmlWhichRfc7303MakesTheSameMediaType() throws IOException {
    String xml = RailsXml.write("number", new com.fasterxml.jackson.databind.ObjectMapper().readTree(showExample()).get("number"));

    for (String type : List.of("text/xml", "application/xml", "Application/XML; charset=utf-8", "text/xml;charset=UTF-8")) {
      assertEquals(List.of(), read(Operation.SHOW, 200, type, xml, "xml", false).problems(), type);
    }
    assertEquals(List.of("a .xml answer must be text/xml (or application/xml), not application/json"),
        read(Operation.SHOW, 200, JSON, xml, "xml", false).problems());
  }

  @Test
  void anExtraFieldFailsOnlyAConventionScenarioBecauseTheSchemasAreClosedByConvention() throws IOException {
    String extra = showExample().replaceFirst("\"id\"", "\"carrier\": \"acme\", \"id\"");

    assertEquals(List.of(), read(Operation.SHOW, 200, JSON, extra, "json", false).problems());
    assertEquals(1, read(Operation.SHOW, 200, JSON, extra, "json", true).problems().size());
  }

  @Test
  void aWrongFieldFailsEveryScenario() throws IOException {
    String wrong = showExample().replace("\"toll_free\":false", "\"toll_free\":\"no\"").replace("\"toll_free\": false", "\"toll_free\": \"no\"");

    List<String> problems = read(Operation.SHOW, 200, JSON, wrong, "json", false).problems();

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("number-envelope /number/toll_free: "), problems.get(0));
  }

  @Test
  void theMediaTypeMustMatchTheFormat() throws IOException {
    List<String> problems = read(Operation.SHOW, 200, "text/html", showExample(), "json", false).problems();

    assertEquals(List.of("a .json answer must be application/json, not text/html"), problems);
  }

  @Test
  void aNoContentAnswerHasNoBodyAndACreateAnswerHasOne() {
    assertEquals(List.of("a 204 No Content answer must have no body"),
        read(Operation.DELETE, 204, JSON, "{}", "json", false).problems());
    assertEquals(List.of("a 201 answer to create must carry the number"),
        read(Operation.CREATE, 201, JSON, "", "json", false).problems());
  }

  @Test
  void anErrorBodyMustBeJsonButOnlyAConventionScenarioHoldsItToTheErrorSchema() {
    assertEquals(List.of(), read(Operation.SHOW, 404, JSON, "{\"message\": \"not here\"}", "json", false).problems());
    assertEquals(List.of(), read(Operation.SHOW, 404, JSON, "", "json", false).problems());
    assertEquals(List.of("answered text/html where JSON was expected (the docs: \"some JSON\"): <html>gone</html>"),
        read(Operation.SHOW, 404, "text/html", "<html>gone</html>", "json", false).problems());
    assertEquals(List.of("the body is not valid JSON at line 1, column 12 (Unexpected end-of-input within/between"
            + " Object entries): {\"message\":"),
        read(Operation.SHOW, 404, JSON, "{\"message\":", "json", false).problems());
    assertTrue(read(Operation.SHOW, 404, JSON, "{\"message\": \"not here\"}", "json", true).problems().get(0)
        .startsWith("error "));
  }

  @Test
  void anAnswerInAFormatTheApiDoesNotServeIsNotRead() {
    assertEquals(List.of(), read(Operation.LIST, 406, "text/plain", "nope", "csv", true).problems());
  }

  private static ResponseContract.Reading read(
      Operation operation, int status, String contentType, String body, String format, boolean convention) {
    Exchange exchange = new Exchange(Optional.of(operation), "GET", "http://target/x." + format, null, null, List.of(),
        status, Map.of("Content-Type", List.of(contentType)), body, null, false);
    return ResponseContract.read(exchange, format, convention);
  }

  static String showExample() throws IOException {
    return Files.readString(Path.of("contracts/examples/show.response.number-envelope.json"));
  }
}
