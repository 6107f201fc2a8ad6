package io.numberstoolkit.conformance.runner;

import io.cucumber.core.cli.Main;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.numberstoolkit.conformance.ActiveTarget;
import io.numberstoolkit.conformance.TargetConfig;
import io.numberstoolkit.conformance.client.Reachability;
import io.numberstoolkit.conformance.client.RunLedger;
import io.numberstoolkit.conformance.report.ConformanceReportPlugin;
import io.numberstoolkit.conformance.report.Coverage;
import io.numberstoolkit.conformance.report.CoverageModel;
import io.numberstoolkit.conformance.report.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the packaged features against a target, in-process: Cucumber with the suite's glue, the
 * JUnit XML, HTML and JSON reports and the suite's own summary and coverage table in the report
 * directory, then the summary on the console.
 */
public final class ConformanceRunner {
  public static final int PASSED = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  static final String GLUE = "io.numberstoolkit.conformance.steps";
  static final String FEATURES = "classpath:features";

  private ConformanceRunner() {}

  /**
   * @param tags a Cucumber tag expression selecting scenarios, or null for all
   * @return {@link #PASSED}, {@link #FAILED} or {@link #USAGE} (bad tags, unreachable target,
   *     nothing selected)
   */
  public static int run(TargetConfig target, String tags, Path reportDir, PrintWriter out, PrintWriter err) {
    if (tags != null) {
      try {
        TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        err.println("conform: --tags '" + tags + "' is not a tag expression: " + e.getMessage());
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
    byte status;
    try {
      status = Main.run(arguments(tags, reportDir), ConformanceRunner.class.getClassLoader());
    } finally {
      ActiveTarget.clear();
    }
    RunLedger ledger = RunLedger.current();
    if (ledger.scenarios().isEmpty()) {
      err.println("conform: --tags '" + tags + "' selects no scenario");
      return USAGE;
    }
    out.println(RunSummary.render(ledger));
    out.println(Coverage.of(CoverageModel.documented(), ledger.scenarios()).summary());
    out.println("Reports in " + reportDir.toAbsolutePath() + ": junit.xml, report.html, report.json,"
        + " summary.txt, coverage.md, coverage.json");
    out.flush();
    boolean failed = status != 0 || ledger.scenarios().stream().anyMatch(s -> s.failed());
    return failed ? FAILED : PASSED;
  }

  static String[] arguments(String tags, Path reportDir) {
    List<String> argv = new ArrayList<>(List.of(
        "--glue", GLUE,
        "--plugin", "junit:" + reportDir.resolve("junit.xml"),
        "--plugin", "html:" + reportDir.resolve("report.html"),
        "--plugin", "json:" + reportDir.resolve("report.json"),
        "--plugin", ConformanceReportPlugin.class.getName() + ":" + reportDir,
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
