package io.numberstoolkit.conformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunLedgerTest {

  @Test
  void aKeyIsMaskedWhereverItStandsAsAValue() {
    RunLedger ledger = new RunLedger();
    ledger.keepSecret("s3cret-key");

    assertEquals(
        """
        GET http://h:1/numbers.json?api_key=***&company_id=7
          application/json {"api_key":"***"}
        X-Api-Key: ***""",
        ledger.masked(
            """
            GET http://h:1/numbers.json?api_key=s3cret-key&company_id=7
              application/json {"api_key":"s3cret-key"}
            X-Api-Key: s3cret-key"""));
  }

  @Test
  void aOneLetterKeyDoesNotGarbleTheSummary() {
    RunLedger ledger = new RunLedger();
    ledger.keepSecret("k");

    assertEquals(
        "the answer to GET http://h:1/numbers.json?api_key=***&company_id=7 breaks the contract: "
            + "body: unknown key 'kind'",
        ledger.masked(
            "the answer to GET http://h:1/numbers.json?api_key=k&company_id=7 breaks the contract: "
                + "body: unknown key 'kind'"));
  }
}
