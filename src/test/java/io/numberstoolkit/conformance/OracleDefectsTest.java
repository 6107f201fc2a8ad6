package io.numberstoolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.cli.Main;
import io.numberstoolkit.conformance.targets.AlternativeChoices;
import io.numberstoolkit.conformance.targets.IdReuse;
import io.numberstoolkit.conformance.targets.OracleDefect;
import io.numberstoolkit.conformance.targets.RewritingProxy;
import io.numberstoolkit.simulator.Simulator;
import io.numberstoolkit.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The state oracle and the scenarios that look at the API from every side (search-criteria,
 * tenancy, xml-view, lifecycle, readonly-check) catch what no other scenario does: each broken
 * implementation of {@link OracleDefect} fails the scenario it names (its one proof: {@code
 * OtherImplementationsTest} runs {@code Defect} only), while the simulator and a second
 * implementation with other OPEN choices pass them all, the tenancy ones included.
 */
class OracleDefectsTest {
  /** The features of this work, as a tag expression. */
  private static final String NEW_FEATURES =
      "@documented and (@search or @tenancy or @xml or @lifecycle or @own-numbers)";

  @TempDir Path reports;
  private Simulator simulator;

  @BeforeEach
  void startSimulatorWithTwoTenants() throws Exception {
    simulator = Simulator.start(SimulatorOptions.builder().port(0)
        .apiKey(OracleDefect.API_KEY, 1L).apiKey(OracleDefect.OTHER_API_KEY, 2L).build());
  }

  @AfterEach
  void stopSimulator() {
    simulator.stop();
  }

  @Test
  void theSimulatorPassesEveryNewScenarioWithNoneSkipped() throws Exception {
    Results results = conform(simulator.baseUrl(), NEW_FEATURES, 0);
    assertTrue(results.skipped().isEmpty(), "skipped: " + results.skipped());
    assertTrue(results.passed().size() >= 20, "passed: " + results.passed());
  }

  @Test
  void anImplementationWithOtherOpenChoicesPassesThemToo() throws Exception {
    try (RewritingProxy other = RewritingProxy.start(simulator.baseUrl(), new AlternativeChoices())) {
      Results results = conform(other.baseUrl(), NEW_FEATURES, 0);
      assertTrue(results.skipped().isEmpty(), "skipped: " + results.skipped());
    }
  }

  @Test
  void withoutASecondTenantTheTenancyScenariosAreSkippedNotFailed() throws Exception {
    Results results = conform(simulator.baseUrl(), "@documented and @tenancy", 0, "--api-key", OracleDefect.API_KEY);
    assertEquals(6, results.skipped().size(), "skipped: " + results.skipped());
  }

  @ParameterizedTest
  @EnumSource(OracleDefect.class)
  void aBrokenImplementationFailsTheScenarioMeantToCatchIt(OracleDefect defect) throws Exception {
    try (RewritingProxy broken = RewritingProxy.start(simulator.baseUrl(), defect.rewrite())) {
      Results results = conform(broken.baseUrl(), defect.tags, 1);
      assertTrue(results.failedScenario(defect.caughtBy()),
          defect + " was not caught by '" + defect.caughtBy() + "'; failed: " + results.failed() + "\n" + results.console());
    }
  }

  /**
   * No document forbids handing a deleted number's id out again: only the {@code @convention}
   * scenario fails, and the {@code @documented} ones that create after it (update.feature) pass,
   * the state oracle included (in update.feature's {@code @convention} ones it holds ids new too).
   */
  @Test
  void anImplementationThatHandsIdsOutAgainFailsOnlyTheConventionScenario() throws Exception {
    try (RewritingProxy reusing = RewritingProxy.start(simulator.baseUrl(), new IdReuse())) {
      Results results = conform(reusing.baseUrl(), "@lifecycle or (@update and @documented and not @validation)", 1);
      assertEquals(List.of("A deleted number's id is not handed out again"), results.failed(), results.console());
      assertTrue(results.passed().size() > 5, "passed: " + results.passed());
    }
  }

  @Test
  void theOraclesFailureNamesTheRuleTheViewAndTheExchange() throws Exception {
    OracleDefect stale = OracleDefect.LIST_IS_STALE_AFTER_AN_UPDATE;
    try (RewritingProxy broken = RewritingProxy.start(simulator.baseUrl(), stale.rewrite())) {
      String console = conform(broken.baseUrl(), stale.tags, 1).console();
      assertTrue(console.contains("The state oracle found"), console);
      assertTrue(console.contains("list page 1: the list holds the number as show answers it"), console);
      assertTrue(console.contains("sid: expected"), console);
      assertTrue(console.contains("seen in: GET " + broken.baseUrl() + "/numbers.json"), console);
    }
  }

  private Results conform(String baseUrl, String tags, int expectedExit) throws Exception {
    return conform(baseUrl, tags, expectedExit, "--api-key", OracleDefect.API_KEY, "--other-api-key", OracleDefect.OTHER_API_KEY);
  }

  private Results conform(String baseUrl, String tags, int expectedExit, String... credentials) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("conform", "--base-url", baseUrl, "--tags", tags,
        "--report-dir", reports.toString()));
    args.addAll(List.of(credentials));
    int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args.toArray(String[]::new));
    assertEquals(expectedExit, exit, out + "\n" + err);
    return Results.read(reports.resolve("junit.xml"), out.toString());
  }

  /** The scenarios of a run by outcome, from Cucumber's junit.xml, and what the console said. */
  private record Results(List<String> passed, List<String> failed, List<String> skipped, String console) {
    /** Whether the scenario failed; an example of an outline is named "Outline - #1.2: its name". */
    boolean failedScenario(String name) {
      return failed.stream().anyMatch(failure -> failure.equals(name) || failure.endsWith(": " + name));
    }

    static Results read(Path junitXml, String console) throws Exception {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList cases = factory.newDocumentBuilder().parse(Files.newInputStream(junitXml)).getElementsByTagName("testcase");
      List<String> passed = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      for (int i = 0; i < cases.getLength(); i++) {
        Element testcase = (Element) cases.item(i);
        String name = testcase.getAttribute("name");
        if (testcase.getElementsByTagName("failure").getLength() + testcase.getElementsByTagName("error").getLength() > 0) {
          failed.add(name);
        } else if (testcase.getElementsByTagName("skipped").getLength() > 0) {
          skipped.add(name);
        } else {
          passed.add(name);
        }
      }
      return new Results(passed, failed, skipped, console);
    }
  }
}
