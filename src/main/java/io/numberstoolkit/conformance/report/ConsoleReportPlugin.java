package io.numberstoolkit.conformance.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.numberstoolkit.conformance.client.RunLedger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cucumber plugin for the console: a line per feature as soon as its scenarios are done (so a long
 * run is not silent), then the run summary, the implementation profile and the coverage summary.
 * Needs {@link ConformanceReportPlugin} in the same run, which keeps the results it prints.
 */
public final class ConsoleReportPlugin implements ConcurrentEventListener {
  private final FeatureTitles titles = new FeatureTitles();
  private ReportContext context;
  private String feature;
  private final List<String> featureScenarios = new ArrayList<>();

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    titles.listen(publisher);
    publisher.registerHandlerFor(TestRunStarted.class, event -> context = ReportContext.current());
    publisher.registerHandlerFor(TestCaseStarted.class, this::started);
    publisher.registerHandlerFor(TestRunFinished.class, event -> finished());
  }

  private synchronized void started(TestCaseStarted event) {
    String path = FeatureTitles.path(event.getTestCase().getUri());
    if (!path.equals(feature)) {
      featureDone();
      feature = path;
      featureScenarios.clear();
    }
    featureScenarios.add(event.getTestCase().getId().toString());
  }

  private synchronized void finished() {
    featureDone();
    RunLedger ledger = RunLedger.current();
    if (ledger.scenarios().isEmpty()) {
      return;
    }
    Verdict verdict = Verdict.of(ledger.scenarios(), context.knownFailures());
    context.console().println();
    context.console().println(RunSummary.render(verdict, ledger, context));
    context.console().println(ImplementationProfile.of(ledger.scenarios()).summary());
    context.console().println(Coverage.of(CoverageModel.documented(), ledger.scenarios()).summary());
    context.console().flush();
  }

  /** "  Show a number: 3 passed, 1 failed" for the feature whose scenarios just finished. */
  private void featureDone() {
    if (feature == null) {
      return;
    }
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    featureScenarios.forEach(id -> counts.merge(Outcome.of(RunLedger.current().scenario(id)), 1, Integer::sum));
    context.console().println("  " + titles.ofLocation(feature) + ": " + counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", ")));
    context.console().flush();
  }
}
