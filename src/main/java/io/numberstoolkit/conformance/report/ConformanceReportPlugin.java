package io.numberstoolkit.conformance.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
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
 * each scenario's result in the {@link RunLedger} and, when the run ends, writes {@code
 * summary.txt}, {@code coverage.md} and {@code coverage.json} into DIR.
 */
public final class ConformanceReportPlugin implements ConcurrentEventListener {
  private final Path directory;

  public ConformanceReportPlugin(File directory) {
    this.directory = directory.toPath();
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, event -> RunLedger.startNew());
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    publisher.registerHandlerFor(TestRunFinished.class, event -> write(RunLedger.current()));
  }

  private void finished(TestCaseFinished event) {
    TestCase testCase = event.getTestCase();
    Result result = event.getResult();
    String location = relative(testCase.getUri().toString()) + ":" + testCase.getLocation().getLine();
    RunLedger.current().scenario(testCase.getId().toString())
        .finished(testCase.getName(), location, result.getStatus().name(),
            result.getError() == null ? null : message(result.getError()));
  }

  /** An assertion's message as is; anything else (a bug in a step) with its type and origin. */
  private static String message(Throwable error) {
    if (error instanceof AssertionError && error.getMessage() != null) {
      return error.getMessage();
    }
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private static String relative(String uri) {
    int features = uri.indexOf("features/");
    return features < 0 ? uri : uri.substring(features);
  }

  private void write(RunLedger ledger) {
    Coverage coverage = Coverage.of(CoverageModel.documented(), ledger.scenarios());
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("summary.txt"), RunSummary.render(ledger), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("coverage.md"), coverage.markdown(), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("coverage.json"), coverage.json(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conformance report to " + directory, e);
    }
  }
}
