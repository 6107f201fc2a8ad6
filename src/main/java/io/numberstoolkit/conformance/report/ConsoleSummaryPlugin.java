package io.numberstoolkit.conformance.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.numberstoolkit.conformance.client.RunLedger;

/**
 * Cucumber plugin that prints the run summary and the coverage table to standard output when the
 * run ends; for runs Cucumber starts itself ({@code mvn verify}). Needs {@link
 * ConformanceReportPlugin} in the same run, which keeps the results it prints.
 */
public final class ConsoleSummaryPlugin implements ConcurrentEventListener {
  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunFinished.class, event -> {
      RunLedger ledger = RunLedger.current();
      System.out.println(RunSummary.render(ledger));
      System.out.println(Coverage.of(CoverageModel.documented(), ledger.scenarios()).summary());
    });
  }
}
