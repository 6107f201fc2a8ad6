package io.numberstoolkit.conformance.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.numberstoolkit.conformance.client.RunLedger;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cucumber plugin {@code io.numberstoolkit.conformance.report.ConformanceReportPlugin:DIR}: keeps
 * each scenario's result in the {@link RunLedger} and, when the run ends, writes into DIR {@code
 * report.html}, {@code summary.txt}, {@code failed.txt} (the failed scenarios' names, a
 * known-failures file as it stands), {@code profile.json}, {@code coverage.md} and {@code
 * coverage.json}.
 */
public final class ConformanceReportPlugin implements ConcurrentEventListener {
  private final Path directory;
  private final FeatureTitles titles = new FeatureTitles();
  private ReportContext context;

  public ConformanceReportPlugin(File directory) {
    this.directory = directory.toPath();
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    titles.listen(publisher);
    publisher.registerHandlerFor(TestRunStarted.class, event -> {
      RunLedger.startNew();
      context = ReportContext.current();
    });
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    publisher.registerHandlerFor(TestRunFinished.class, event -> write(RunLedger.current()));
  }

  private void finished(TestCaseFinished event) {
    TestCase testCase = event.getTestCase();
    Result result = event.getResult();
    String location = FeatureTitles.path(testCase.getUri()) + ":" + testCase.getLocation().getLine();
    RunLedger.current().scenario(testCase.getId().toString())
        .finished(testCase.getName(), location, result.getStatus().name(),
            result.getError() == null ? null : message(result));
  }

  /**
   * An assertion's message, or why a scenario was skipped, as is; anything else (a bug in a step)
   * with its type and origin.
   */
  private static String message(Result result) {
    Throwable error = result.getError();
    boolean said = error instanceof AssertionError || result.getStatus() == Status.SKIPPED;
    if (said && error.getMessage() != null) {
      return error.getMessage();
    }
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private void write(RunLedger ledger) {
    Verdict verdict = Verdict.of(ledger.scenarios(), context.knownFailures());
    ImplementationProfile profile = ImplementationProfile.of(ledger.scenarios());
    Coverage coverage = Coverage.of(CoverageModel.documented(), ledger.scenarios());
    try {
      Files.createDirectories(directory);
      write("report.html", HtmlReport.render(verdict, profile, coverage, ledger, context, titles));
      write("summary.txt", RunSummary.render(verdict, ledger, context));
      write("failed.txt", FailedList.render(verdict, context));
      write("profile.json", profile.json());
      write("coverage.md", coverage.markdown());
      write("coverage.json", coverage.json());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conformance report to " + directory, e);
    }
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }
}
