package io.numberstoolkit.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.numberstoolkit.simulator.store.NumberRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Tenancy}: which company a key acts for, and the 401 and 403 refusals. */
class TenancyKeysTest {
  private final Tenancy tenancy = new Tenancy(Map.of("secret", List.of(7L), "reseller", List.of(8L, 9L)));

  @Test
  void withoutKeysEveryoneActsOnTheDefaultCompany() throws ApiException {
    Tenancy off = new Tenancy(Map.of());
    assertEquals(NumberRecord.DEFAULT_COMPANY, off.companyFor((String) null, null));
    assertEquals(NumberRecord.DEFAULT_COMPANY, off.companyFor("anything", "12345"));
  }

  @Test
  void aKeyActsOnItsFirstCompanyOrOneItNames() throws ApiException {
    assertEquals(7, tenancy.companyFor("secret", null));
    assertEquals(8, tenancy.companyFor("reseller", ""));
    assertEquals(9, tenancy.companyFor("reseller", "9"));
  }

  @Test
  void aMissingOrUnknownKeyIs401() {
    assertEquals(401, refusal(null, "7").status);
    assertEquals(401, refusal("", "7").status);
    assertEquals(401, refusal("guess", null).status);
  }

  @Test
  void aCompanyTheKeyMayNotActOnIs403() {
    assertEquals(403, refusal("secret", "8").status);
    assertEquals(403, refusal("reseller", "seven").status);
    assertEquals(403, refusal("reseller", "99999999999999999999").status);
  }

  @Test
  void theKeyAndCompanyComeFromTheQueryElseTheBodysRoot() throws Exception {
    String body = "{\"api_key\": \"reseller\", \"company_id\": 9, \"number\": {\"api_key\": \"nested\"}}";
    RequestBody fromBody = RequestBody.of(Requests.of("POST", "/numbers.json").body("application/json", body).build(), 1000);
    assertEquals(9, tenancy.companyFor(ApiRequest.of(Requests.get("/numbers.json")), fromBody));
    ApiRequest query = ApiRequest.of(Requests.get("/numbers.json?api_key=secret"));
    assertEquals(7, tenancy.companyFor(query, RequestBody.empty()));
    assertEquals(403, assertThrows(ApiException.class, () -> tenancy.companyFor(query, fromBody)).status);
    RequestBody nestedOnly = RequestBody.of(Requests.of("POST", "/numbers.json")
        .body("application/json", "{\"api_key\": {\"key\": \"secret\"}}").build(), 1000);
    assertEquals(401, assertThrows(ApiException.class,
        () -> tenancy.companyFor(ApiRequest.of(Requests.get("/numbers.json")), nestedOnly)).status);
  }

  private ApiException refusal(String key, String company) {
    return assertThrows(ApiException.class, () -> tenancy.companyFor(key, company));
  }
}
