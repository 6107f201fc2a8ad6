package io.numberstoolkit.simulator.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.contract.RailsXml;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter the acceptance tests rely on must catch what breaks the contract. */
class ContractCheckingFilterTest {
  private static final String NUMBER = "{\"id\": 5, \"number\": \"+16479311232\", \"toll_free\": false,"
      + " \"updated_at\": \"2012-05-03T13:53:23Z\", \"created_at\": \"2012-04-18T06:05:05Z\", \"sid\": null,"
      + " \"afid\": \"0001\", \"cid\": \"111\", \"uses_campaign_settings\": true,"
      + " \"greeting\": {\"message\": \"Hi\", \"voice_gender\": \"Female\", \"inherited\": true},"
      + " \"timers\": [], \"menu_options\": []}";
  private static final String ERROR_404 =
      "{\"error\": {\"status\": 404, \"reason\": \"Not Found\", \"message\": \"no number with id 9\"}}";

  private static Response answer(int status, String contentType, String body) {
    ResponseBuilder builder = new ResponseBuilder().setStatusCode(status).setBody(body);
    if (contentType != null) {
      builder.setContentType(contentType);
    }
    return builder.build();
  }

  private static List<String> problems(String method, String path, Response response) {
    return ContractCheckingFilter.problems(method, path, response);
  }

  @Test
  void answersKeepingTheContractPass() {
    assertEquals(List.of(), problems("GET", "/numbers/5.json", answer(200, "application/json; charset=utf-8", "{\"number\": " + NUMBER + "}")));
    assertEquals(List.of(), problems("GET", "/numbers.json", answer(200, "application/json", "[{\"number\": " + NUMBER + "}]")));
    assertEquals(List.of(), problems("GET", "/numbers/9.json", answer(404, "application/json", ERROR_404)));
    assertEquals(List.of(), problems("DELETE", "/numbers/5.json", answer(204, null, "")));
    assertEquals(List.of(), problems("GET", "/numbers.xml", answer(200, "text/xml", "<numbers type=\"array\"/>")));
  }

  @Test
  void aNumberBreakingItsSchemaIsCaughtWithThePointer() {
    List<String> problems = problems("GET", "/numbers/5.json",
        answer(200, "application/json", "{\"number\": " + NUMBER.replace("+16479311232", "6479311232") + "}"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("number-envelope: /number/number: "), problems.get(0));
  }

  @Test
  void aListMustBeAList() {
    List<String> problems = problems("GET", "/numbers/for/cid/1/afid/2/sid/3.json",
        answer(200, "application/json", "{\"number\": " + NUMBER + "}"));
    assertTrue(problems.get(0).startsWith("number-list: "), problems.toString());
  }

  @Test
  void theContentTypeMustBeThePathsFormat() {
    assertTrue(problems("GET", "/numbers/9.xml", answer(404, "application/json", ERROR_404)).get(0).startsWith("Content-Type must be text/xml"));
    assertTrue(problems("GET", "/numbers/9.json", answer(404, "text/html", "<html/>")).get(0).startsWith("Content-Type must be application/json"));
  }

  @Test
  void anErrorMustRepeatItsStatusAndKeepItsSchema() {
    assertEquals(List.of("/error/status must repeat the HTTP status 410"),
        problems("GET", "/numbers/9.json", answer(410, "application/json", ERROR_404)));
    assertTrue(problems("GET", "/numbers/9.json", answer(404, "application/json", "{\"message\": \"gone\"}"))
        .get(0).startsWith("error: "));
  }

  @Test
  void noContentMeansNoBodyAndOnlyAFormatCanSucceed() {
    assertEquals(List.of("a 204 has no body"), problems("DELETE", "/numbers/5.json", answer(204, "application/json", "{}")));
    assertEquals(List.of("only a path ending in .json or .xml can succeed"),
        problems("GET", "/numbers", answer(200, "application/json", "[]")));
  }

  @Test
  void aSuccessComesWithTheSimulatorsStatusForItsOperation() {
    String envelope = "{\"number\": " + NUMBER + "}";
    assertEquals(List.of(), problems("POST", "/numbers.json", answer(201, "application/json", envelope)));
    assertEquals(List.of("create succeeds with 201, not 200"),
        problems("POST", "/numbers.json", answer(200, "application/json", envelope)));
    assertEquals(List.of("update succeeds with 200, not 201"),
        problems("PUT", "/numbers/5.xml", answer(201, "text/xml", RailsXml.write("number", Wire.parse(NUMBER)))));
    assertEquals(List.of("only a delete or a CORS preflight is answered 204"),
        problems("PUT", "/numbers/5.json", answer(204, null, "")));
    assertEquals(List.of(), problems("OPTIONS", "/anything", answer(204, null, "")));
  }

  @Test
  void onlyTheApisOperationsSucceed() {
    assertEquals(List.of("only the API's six operations succeed, and POST /numbers/5 is none of them"),
        problems("POST", "/numbers/5.json", answer(201, "application/json", "{\"number\": " + NUMBER + "}")));
    assertEquals(List.of("only the API's six operations succeed, and GET /numbers/5/timers is none of them"),
        problems("GET", "/numbers/5/timers.json", answer(200, "application/json", "[]")));
  }

  @Test
  void anExportedStateMustHoldValidNumbers() {
    List<String> problems = problems("GET", "/__admin/numbers/state",
        answer(200, "application/json", "{\"numbers\": [{\"company_id\": 1, \"number\": {\"id\": 5}}]}"));
    assertTrue(problems.stream().allMatch(p -> p.startsWith("number: /numbers/0/number")), problems.toString());
    assertTrue(problems.size() > 1);
  }
}
