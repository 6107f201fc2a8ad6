package io.numberstoolkit.conformance.report;

import io.numberstoolkit.conformance.ActiveTarget;
import java.io.PrintWriter;

/**
 * What the reports say about the run besides its results: the target, the tag expression that
 * selected the scenarios, the known failures, and where the console is. {@code conform} sets it
 * for its run; a run Cucumber starts itself ({@code mvn verify}) takes the active target, the
 * {@code cucumber.filter.tags} property and standard output.
 *
 * @param tags the tag expression, or null when every scenario was selected
 */
public record ReportContext(String target, String tags, KnownFailures knownFailures, PrintWriter console) {
  private static ReportContext chosen;

  /** Reports the following run with this context, until {@link #clear()}. */
  public static synchronized void use(ReportContext context) {
    chosen = context;
  }

  public static synchronized void clear() {
    chosen = null;
  }

  static synchronized ReportContext current() {
    if (chosen != null) {
      return chosen;
    }
    return new ReportContext(ActiveTarget.current().baseUrl().toString(), System.getProperty("cucumber.filter.tags"),
        KnownFailures.none(), new PrintWriter(System.out, true));
  }

  /** The tag expression as the reports print it. */
  public String selection() {
    return tags == null || tags.isBlank() ? "(every scenario)" : tags;
  }

  public String version() {
    return ToolkitVersion.get();
  }
}
