package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import io.numberstoolkit.simulator.store.NumberChanges;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteRequestCheckTest {
  private final WriteRequestCheck check = new WriteRequestCheck();

  @Test
  void aValidCreateBecomesItsChanges() throws ApiException {
    NumberChanges changes = check.changes(Schema.CREATE_REQUEST, json(
        "{\"number\": {\"type\": \"Local\", \"afid\": \"0002\", \"cid\": \"0001\", \"sid\": \"s\","
            + " \"timers_attributes\": [{\"seconds\": 30, \"url\": \"http://x.example\"}]}}"));
    assertEquals("0002", changes.afid());
    assertEquals(30, changes.timers().get(0).seconds());
  }

  @Test
  void controlCharactersAndUnstorableNumbersAreNamedWithTheSchemasViolationsInOne422() {
    ApiException refusal = assertThrows(ApiException.class, () -> check.changes(Schema.UPDATE_REQUEST, json(
        "{\"number\": {\"sid\": \"bell\\u0007\", \"timers_attributes\": [{\"seconds\": 2147483648, \"url\": \"http://x.example\"},"
            + " {\"id\": 99999999999999999999, \"seconds\": 5}], \"voice_gender\": \"Robot\"}}")));
    assertEquals(422, refusal.status);
    assertEquals(List.of(
        new Violation("/number/sid", "xml-character", "holds a control character that the API's XML format cannot carry"),
        new Violation("/number/timers_attributes/0/seconds", "maximum", "must be a whole number from -2147483648 to 2147483647"),
        new Violation("/number/timers_attributes/1/id", "maximum",
            "must be a whole number from -9223372036854775808 to 9223372036854775807")),
        refusal.violations.stream().filter(v -> !v.pointer().equals("/number/voice_gender")).toList());
    assertEquals(1, refusal.violations.stream().filter(v -> v.pointer().equals("/number/voice_gender")).count());
    // The message sums up the schema's first finding, then counts the rest.
    assertEquals(true, refusal.getMessage().startsWith("/number/voice_gender: "), refusal.getMessage());
    assertEquals(true, refusal.getMessage().endsWith(" (and 3 more)"), refusal.getMessage());
  }

  private static RequestBody json(String body) throws ApiException {
    return RequestBody.of(Requests.of("POST", "/numbers.json").body("application/json", body).build(), 1 << 20);
  }
}
