package io.numberstoolkit.cli;

import io.numberstoolkit.conformance.TargetConfig;
import io.numberstoolkit.conformance.runner.ConformanceRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conform}: runs the conformance suite against an implementation of the numbers API. */
@Command(
    name = "conform",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the conformance suite against an implementation of the numbers API.",
      "Exit 0 when every selected scenario passed (or was skipped, or failed as --known-failures lists),"
          + " 1 when any other failed, 2 on a usage error or an unreachable target, 3 when none failed but"
          + " some did not run (--max-run-seconds, or a step the suite does not define).",
      "Every option also reads from a system property (numbers.base-url, ...) or an environment"
          + " variable (NUMBERS_BASE_URL, ...)."
    })
public final class ConformCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL", description = "The implementation under test, e.g. http://localhost:8080")
  private String baseUrl;

  @Option(names = "--api-key", paramLabel = "KEY", description = "The API key to send (query parameter api_key).")
  private String apiKey;

  @Option(names = "--company-id", paramLabel = "N", description = "The company to act on (company_id), for resellers.")
  private String companyId;

  @Option(names = "--other-api-key", paramLabel = "KEY",
      description = "Another tenant's API key: the tenancy scenarios check that neither reaches the other's numbers.")
  private String otherApiKey;

  @Option(names = "--other-company-id", paramLabel = "N",
      description = "Another company (of --other-api-key, or of --api-key when that is not given) for the tenancy scenarios.")
  private String otherCompanyId;

  @Option(names = "--cid", paramLabel = "CID", split = ",",
      description = "A campaign that exists on the target; give two (default: 0001 and 111).")
  private List<String> cids;

  @Option(names = "--afid", paramLabel = "AFID", description = "The affiliate to create numbers for (default: 0002).")
  private String afid;

  @Option(names = "--timeout-ms", paramLabel = "MS",
      description = "Sets both --connect-timeout-ms and --read-timeout-ms (default: 10000 each).")
  private String timeoutMs;

  @Option(names = "--connect-timeout-ms", paramLabel = "MS",
      description = "The longest wait for a connection to the target (default: 10000).")
  private String connectTimeoutMs;

  @Option(names = "--read-timeout-ms", paramLabel = "MS",
      description = "The longest wait for a whole answer, from sending the request to the last byte of its body"
          + " (default: 10000).")
  private String readTimeoutMs;

  @Option(names = "--max-run-seconds", paramLabel = "S",
      description = "The longest the whole run may take; past it no request is sent and the scenarios left are"
          + " reported as not run, exit 3 (default: no limit).")
  private String maxRunSeconds;

  @Option(names = "--tags", paramLabel = "EXPR",
      description = "Cucumber tag expression, e.g. \"@documented and @readonly\" for a production target.")
  private String tags;

  @Option(names = "--known-failures", paramLabel = "FILE",
      description = "Failures that do not fail the run: one scenario name (or cause, as the summary prints it) a line,"
          + " # for comments. New failures still fail it; listed scenarios that pass are reported as fixed.")
  private Path knownFailures;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports/conformance",
      description = "Where to write report.html, summary.txt, failed.txt, profile.json, coverage.md, coverage.json,"
          + " junit.xml and report.json (default: ${DEFAULT-VALUE}).")
  private Path reportDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> explicit = new LinkedHashMap<>();
    put(explicit, "base-url", baseUrl);
    put(explicit, "api-key", apiKey);
    put(explicit, "company-id", companyId);
    put(explicit, "cids", cids == null ? null : String.join(",", cids));
    put(explicit, "afid", afid);
    put(explicit, "timeout-ms", timeoutMs);
    put(explicit, "connect-timeout-ms", connectTimeoutMs);
    put(explicit, "read-timeout-ms", readTimeoutMs);
    put(explicit, "max-run-seconds", maxRunSeconds);
    put(explicit, "other-api-key", otherApiKey);
    put(explicit, "other-company-id", otherCompanyId);
    Optional<TargetConfig> target;
    try {
      target = TargetConfig.resolve(explicit, System.getProperties(), System.getenv());
    } catch (TargetConfig.ConfigException e) {
      err.println("conform: " + e.getMessage());
      return ConformanceRunner.USAGE;
    }
    if (target.isEmpty()) {
      err.println("conform: no target: give --base-url URL (or numbers.base-url, or NUMBERS_BASE_URL)");
      return ConformanceRunner.USAGE;
    }
    return ConformanceRunner.run(target.get(), tags, knownFailures, reportDir, out, err);
  }

  private static void put(Map<String, String> map, String name, String value) {
    if (value != null) {
      map.put(name, value);
    }
  }
}
