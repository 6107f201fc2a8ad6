package io.numberstoolkit.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** What the failures of one fault have in common, whichever scenario and request met it. */
class FailureCauseTest {
  @Test
  void oneBrokenFieldIsOneCauseInAListAndInASingleNumber() {
    String list = """
        the answer to GET http://h:1/numbers.json?api_key=*** breaks the contract:
          - number-list /0/number/toll_free: must be boolean, not string
          - number-list /1/number/toll_free: must be boolean, not string""";
    String show = """
        the answer to POST http://h:1/numbers.json breaks the contract:
          - number-envelope /number/toll_free: must be boolean, not string""";

    assertEquals("/number/toll_free: must be boolean, not string", FailureCause.of(list));
    assertEquals(FailureCause.of(list), FailureCause.of(show));
  }

  @Test
  void theOffendingValueAndInnerIndexesAreLeftOut() {
    String first = """
        the answer to GET http://h:1/numbers/80.json breaks the contract:
          - number-envelope /number/timers/0/timer/seconds: must be integer, not string
          - number-envelope /number/created_at: does not match the date-time pattern (got "2026-11-29 17:26")""";
    String second = """
        the answer to GET http://h:1/numbers/81.json breaks the contract:
          - number-envelope /number/created_at: does not match the date-time pattern (got "2012-05-03 13:53")
          - number-envelope /number/timers/1/timer/seconds: must be integer, not string""";

    assertEquals(FailureCause.of(first), FailureCause.of(second));
    assertEquals("/number/created_at: does not match the date-time pattern; "
        + "/number/timers/*/timer/seconds: must be integer, not string", FailureCause.of(first));
  }

  @Test
  void otherFailuresKeepTheirFirstLineWithoutIdsQueriesOrBodies() {
    assertEquals("GET /numbers/{id}.json: no answer within 500 ms (read timeout)",
        FailureCause.of("GET http://h:1/numbers/80.json?api_key=***: no answer within 500 ms (read timeout)"));
    assertEquals("a successful create answers 200 or 201; got 500 …",
        FailureCause.of("a successful create answers 200 or 201; got 500 {\"error\": \"boom\"}\nmore"));
    assertEquals(FailureCause.of("number 80 is on no page of the list"),
        FailureCause.of("number 81 is on no page of the list"));
  }

  @Test
  void differentStatusesAreDifferentCauses() {
    assertNotEquals(FailureCause.of("expected 404, got 200 (no body)"), FailureCause.of("expected 404, got 500 (no body)"));
  }
}
