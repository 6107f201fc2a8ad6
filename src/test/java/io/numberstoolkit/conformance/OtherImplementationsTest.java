package io.numberstoolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.cli.Main;
import io.numberstoolkit.conformance.targets.AlternativeChoices;
import io.numberstoolkit.conformance.targets.BrokenImplementation;
import io.numberstoolkit.conformance.targets.Defect;
import io.numberstoolkit.conformance.targets.RewritingProxy;
import io.numberstoolkit.simulator.SimulatorOptions;
import io.numberstoolkit.simulator.junit.SimulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite judges implementations, not the simulator: a second implementation that decides every
 * OPEN point differently passes every {@code @documented} scenario and fails the {@code
 * @convention} ones; each broken implementation of {@link Defect} fails the scenario meant to
 * catch it. The other rows of {@link BrokenImplementation#all()}, {@code OracleDefect}, need a
 * second tenant and are proven once, by {@code OracleDefectsTest}.
 */
class OtherImplementationsTest {
  /** One simulator behind every implementation, put back to its start-up state before each test. */
  @RegisterExtension
  static SimulatorExtension simulator =
      new SimulatorExtension(SimulatorOptions.builder().port(0).apiKey(Defect.API_KEY, 1L).build());

  @TempDir Path reports;

  @Test
  void anImplementationWithOtherOpenChoicesPassesEveryDocumentedScenario() throws Exception {
    try (RewritingProxy other = RewritingProxy.start(simulator.baseUrl(), new AlternativeChoices())) {
      String out = conform(other, "@documented", 0);
      assertEquals(List.of(), other.failures());
      String profile = java.nio.file.Files.readString(reports.resolve("profile.json"));
      assertAll(
          () -> assertTrue(out.contains("\nConformance: "), out),
          // The profile reads the target's choices, not the simulator's behind it.
          () -> assertTrue(out.contains("  create succeeds with           200 and a body\n"), out),
          () -> assertTrue(out.contains("  timers in JSON are             bare {...}\n"), out),
          () -> assertTrue(out.contains("  invalid input is refused with  400\n"), out),
          () -> assertTrue(profile.contains("\"choice\" : \"{\\\"errors\\\": [...]}\""), profile));
    }
  }

  @Test
  void itFailsTheConventionScenariosThatAssertTheSimulatorsChoices() throws Exception {
    try (RewritingProxy other = RewritingProxy.start(simulator.baseUrl(), new AlternativeChoices())) {
      String out = conform(other, "@convention and not @validation", 1);
      List<String> caught = List.of(
          "The simulator answers a create with 201 Created and the number",
          "The simulator answers an update with 200 and the changed number",
          "The simulator answers a delete with 204 and no body",
          "The simulator answers a validation failure with 422, naming the field",
          "The simulator answers a method it does not serve with 405 and the allowed methods",
          "The simulator names the first and the last page on every page");
      List<String> failed = failedScenarios();
      assertAll(caught.stream().map(name -> () -> assertTrue(failed.contains(name), name + "\n" + out)));
    }
  }

  /**
   * Runs the {@code @documented} scenarios of the feature that holds the catching scenario (the
   * whole suite per broken implementation would cost several times as long).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenImplementations")
  void aBrokenImplementationFailsTheScenarioMeantToCatchIt(BrokenImplementation broken) throws Exception {
    String tags = "@documented and " + FeatureFiles.tagsOfTheFeatureHolding(broken.caughtBy());
    try (RewritingProxy target = RewritingProxy.start(simulator.baseUrl(), broken.rewrite())) {
      String out = conform(target, tags, 1);
      assertEquals(List.of(), target.failures(), broken.name() + " broke down itself");
      assertTrue(failedScenarios().contains(broken.caughtBy()),
          broken.name() + " was not caught by '" + broken.caughtBy() + "':\n" + out);
    }
  }

  static List<BrokenImplementation> brokenImplementations() {
    return List.of(Defect.values());
  }

  /** Every failed scenario's name: the summary names a bounded few per cause, failed.txt all of them. */
  private List<String> failedScenarios() throws java.io.IOException {
    return java.nio.file.Files.readAllLines(reports.resolve("failed.txt")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
  }

  private String conform(RewritingProxy target, String tags, int expectedExit) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(
        "conform", "--base-url", target.baseUrl(), "--api-key", Defect.API_KEY, "--company-id", "1",
        "--tags", tags, "--report-dir", reports.toString());
    assertEquals(expectedExit, exit, out + "\n" + err);
    return out.toString();
  }
}
