package io.numberstoolkit.benchmark;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the conformance suite (a JUnit Platform suite class, against the in-process simulator, as
 * {@code mvn verify} does) in a JVM of its own and prints
 * {@code CONFORMANCE millis succeeded failed}. The time is the launcher's run, JVM start excluded.
 */
public final class ConformanceMain {
  private ConformanceMain() {}

  public static void main(String[] args) throws ClassNotFoundException {
    Class<?> suite = Class.forName(args[0]);
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(suite)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    long start = System.nanoTime();
    launcher.execute(request, listener);
    long millis = (System.nanoTime() - start) / 1_000_000;
    TestExecutionSummary summary = listener.getSummary();
    System.out.println("CONFORMANCE " + millis + " " + summary.getTestsSucceededCount() + " "
        + (summary.getTestsFailedCount() + summary.getTestsAbortedCount()));
    System.out.flush();
    System.exit(0);
  }
}
