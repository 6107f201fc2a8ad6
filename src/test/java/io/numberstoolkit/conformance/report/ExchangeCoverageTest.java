package io.numberstoolkit.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.conformance.client.Exchange;
import io.numberstoolkit.contract.Operation;
import io.numberstoolkit.contract.RailsXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coverage table reads what a request carried and an answer held from the exchange alone. */
class ExchangeCoverageTest {
  private static final String BASE = "http://target/api";

  @Test
  void theFieldsOfASuccessfulAnswerAreRecorded() throws IOException {
    Exchange show = answered(Operation.SHOW, "GET", BASE + "/numbers/5.json", 200, Map.of(), showExample());

    Set<String> fields = ExchangeCoverage.fields(show);

    assertTrue(fields.containsAll(Set.of("number.id", "number.greeting.voice_gender", "number.timers[].seconds")),
        fields.toString());
  }

  @Test
  void aListInRailsXmlNamesItsItemsFieldsLikeOneNumberAndCountsItsLinkHeader() throws IOException {
    String xml = RailsXml.write("numbers", new com.fasterxml.jackson.databind.ObjectMapper().readTree("[" + showExample() + "]"));
    Exchange list = answered(Operation.LIST, "GET", BASE + "/numbers.xml?page=2", 200,
        Map.of("Link", List.of("<" + BASE + "/numbers.xml?page=1>; rel=\"first\"")), xml);

    Set<String> fields = ExchangeCoverage.fields(list);

    assertTrue(fields.containsAll(Set.of("number.id", CoverageModel.LINK_HEADER)), fields.toString());
    assertEquals(Set.of("format .xml", "?page"), ExchangeCoverage.parameters(list));
  }

  @Test
  void anErrorANoContentAnswerAndAFormatTheApiDoesNotServeCarryNoFields() throws IOException {
    assertEquals(Set.of(), ExchangeCoverage.fields(answered(Operation.SHOW, "GET", BASE + "/numbers/5.json", 404,
        Map.of(), "{\"number\": {\"id\": 5}}")));
    assertEquals(Set.of(), ExchangeCoverage.fields(answered(Operation.DELETE, "DELETE", BASE + "/numbers/5.json", 204,
        Map.of(), "")));
    assertEquals(Set.of(), ExchangeCoverage.fields(answered(Operation.SHOW, "GET", BASE + "/numbers/5.csv", 200,
        Map.of(), showExample())));
  }

  @Test
  void aJsonBodyItsQueryItsPathAndItsFormatAreTheRequestsParameters() {
    Exchange update = new Exchange(Optional.of(Operation.UPDATE), "PUT", BASE + "/numbers/5.json?api_key=K&company_id=1",
        "application/json", "{\"number\": {\"timers_attributes\": [{\"seconds\": 5}]}, \"api_key\": \"K\"}", List.of(),
        200, Map.of(), "", null, false);

    assertEquals(Set.of("format .json", "{id}", "?api_key", "?company_id", "api_key", "number",
            "number.timers_attributes", "number.timers_attributes[].seconds"),
        ExchangeCoverage.parameters(update));
  }

  @Test
  void aBodyThatIsNotJsonCarriesNoParametersAndAMultipartBodyNamesItsParts() {
    Exchange cut = new Exchange(Optional.of(Operation.CREATE), "POST", BASE + "/numbers.json", "application/json",
        "{\"number\": {\"afid\": ", List.of(), 400, Map.of(), "", null, false);
    Exchange multipart = new Exchange(Optional.of(Operation.CREATE), "POST", BASE + "/numbers.json",
        "multipart/form-data", "multipart: number[afid]=2, number[message_file]=<file a.mp3, 3 bytes>",
        List.of("number[afid]", "number[timers_attributes][0][seconds]", "number[message_file]"), 201, Map.of(), "",
        null, false);

    assertEquals(Set.of("format .json"), ExchangeCoverage.parameters(cut));
    assertEquals(Set.of("format .json", "number.afid", "number.timers_attributes[].seconds", "number.message_file"),
        ExchangeCoverage.parameters(multipart));
  }

  @Test
  void aSearchNamesItsPathSegmentsAndARequestOffTheEndpointsNone() {
    Exchange search = answered(Operation.SEARCH, "GET", BASE + "/numbers/for/cid/1/afid/2/sid/3.json", 200, Map.of(), "[]");
    Exchange other = new Exchange(Optional.empty(), "GET", BASE + "/numbers/for/cid/1.json", null, null, List.of(),
        404, Map.of(), "", null, false);

    assertEquals(Set.of("format .json", "{cid}", "{afid}", "{sid}"), ExchangeCoverage.parameters(search));
    assertEquals(Set.of("format .json"), ExchangeCoverage.parameters(other));
  }

  @Test
  void railsFormFieldsAreNamedLikeJsonPaths() {
    assertEquals("number.afid", FieldPaths.ofFormField("number[afid]"));
    assertEquals("number.timers_attributes[].seconds", FieldPaths.ofFormField("number[timers_attributes][0][seconds]"));
    assertEquals("number.message_file", FieldPaths.ofFormField("number[message_file]"));
    assertEquals("api_key", FieldPaths.ofFormField("api_key"));
  }

  private static Exchange answered(Operation operation, String method, String url, int status,
      Map<String, List<String>> headers, String body) {
    return new Exchange(Optional.of(operation), method, url, null, null, List.of(), status, headers, body, null, false);
  }

  private static String showExample() throws IOException {
    return Files.readString(Path.of("contracts/examples/show.response.number-envelope.json"));
  }
}
