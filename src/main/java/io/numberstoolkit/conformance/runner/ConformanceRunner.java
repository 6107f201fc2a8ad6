package io.numberstoolkit.conformance.runner;

import io.cucumber.core.cli.Main;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.numberstoolkit.conformance.ActiveTarget;
import io.numberstoolkit.conformance.TargetConfig;
import io.numberstoolkit.conformance.client.Reachability;
import io.numberstoolkit.conformance.client.RunLedger;
import io.numberstoolkit.conformance.report.ConformanceReportPlugin;
import io.numberstoolkit.conformance.report.ConsoleReportPlugin;
import io.numberstoolkit.conformance.report.KnownFailures;
import io.numberstoolkit.conformance.report.ReportContext;
import io.numberstoolkit.conformance.report.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the packaged features against a target, in-process: Cucumber with the suite's glue, the
 * JUnit XML and Cucumber JSON reports and the suite's own (report.html, the summary, the profile
 * and the coverage) in the report directory, progress and the summary on the console.
 */
public final class ConformanceRunner {
  /** Every selected scenario passed, failed only as the known-failures list says, or was skipped. */
  public static final int PASSED = 0;

  /** A scenario failed that the known-failures list does not name. */
  public static final int FAILED = 1;

  /** A usage error, an unreadable known-failures file, an unreachable target, or nothing selected. */
  public static final int USAGE = 2;

  /**
   * Nothing failed, but scenarios did not run for want of time (--max-run-seconds) or because the
   * suite itself has no single definition of a step: a pass cannot be claimed.
   */
  public static final int INCOMPLETE = 3;

  static final String GLUE = "io.numberstoolkit.conformance.steps";
  static final String FEATURES = "classpath:features";

  private ConformanceRunner() {}

  /**
   * @param tags a Cucumber tag expression selecting scenarios, or null for all
   * @param knownFailuresFile the failures not to fail the run for, or null for none
   * @return {@link #PASSED}, {@link #FAILED}, {@link #USAGE} (bad tags or known-failures file,
   *     unreachable target, nothing selected) or {@link #INCOMPLETE}
   */
  public static int run(TargetConfig target, String tags, Path knownFailuresFile, Path reportDir, PrintWriter out,
      PrintWriter err) {
    if (tags != null) {
      try {
        TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        err.println("conform: --tags '" + tags + "' is not a tag expression: " + e.getMessage());
        return USAGE;
      }
    }
    KnownFailures knownFailures = KnownFailures.none();
    if (knownFailuresFile != null) {
      try {
        knownFailures = KnownFailures.read(knownFailuresFile);
      } catch (IOException e) {
        err.println("conform: --known-failures " + knownFailuresFile + " cannot be read: " + e.getMessage());
        return USAGE;
      }
    }
    Optional<String> unreachable = Reachability.problem(target);
    if (unreachable.isPresent()) {
      err.println("conform: cannot reach " + target.baseUrl() + " (" + unreachable.get() + ")");
      return USAGE;
    }
    if (System.getProperty("cucumber.publish.quiet") == null) {
      System.setProperty("cucumber.publish.quiet", "true");
    }
    ActiveTarget.use(target);
    ReportContext.use(new ReportContext(target.baseUrl().toString(), tags, knownFailures, out));
    byte status;
    try {
      status = Main.run(arguments(tags, reportDir), ConformanceRunner.class.getClassLoader());
    } finally {
      ReportContext.clear();
      ActiveTarget.clear();
    }
    RunLedger ledger = RunLedger.current();
    if (ledger.scenarios().isEmpty()) {
      err.println("conform: --tags '" + tags + "' selects no scenario");
      return USAGE;
    }
    out.println("Reports in " + reportDir.toAbsolutePath() + ": report.html, summary.txt, failed.txt, profile.json,"
        + " coverage.md, coverage.json, junit.xml, report.json");
    out.flush();
    return exitCode(Verdict.of(ledger.scenarios(), knownFailures), status);
  }

  /**
   * New failures fail the run; then scenarios not run make it incomplete. Cucumber's own status
   * counts only when no scenario explains it (a hook that failed outside every scenario).
   */
  static int exitCode(Verdict verdict, byte cucumberStatus) {
    if (!verdict.newFailures().isEmpty()) {
      return FAILED;
    }
    if (verdict.incomplete()) {
      return INCOMPLETE;
    }
    boolean explained = !verdict.knownFailed().isEmpty() || !verdict.notRun().isEmpty();
    return cucumberStatus != 0 && !explained ? FAILED : PASSED;
  }

  static String[] arguments(String tags, Path reportDir) {
    List<String> argv = new ArrayList<>(List.of(
        "--glue", GLUE,
        "--plugin", "junit:" + reportDir.resolve("junit.xml"),
        "--plugin", "json:" + reportDir.resolve("report.json"),
        "--plugin", ConformanceReportPlugin.class.getName() + ":" + reportDir,
        "--plugin", ConsoleReportPlugin.class.getName(),
        "--monochrome",
        "--no-summary"));
    if (tags != null) {
      argv.add("--tags");
      argv.add(tags);
    }
    argv.add(FEATURES);
    return argv.toArray(String[]::new);
  }
}
