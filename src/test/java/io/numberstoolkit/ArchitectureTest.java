package io.numberstoolkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's "What is where" describes, held by the build: the contract knows no
 * user of it, the store knows neither HTTP nor the wire format, and the conformance steps reach
 * the target only through the suite's client layer. (The rules read bytecode, where javac has
 * inlined constants such as a {@code static final long}: a use of one is not seen here.)
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.numberstoolkit");

  @Test
  void theTopLevelPackagesHaveNoCycles() {
    slices().matching("io.numberstoolkit.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theSimulatorsPackagesHaveNoCycles() {
    slices().matching("io.numberstoolkit.simulator.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theConformanceSuitesPackagesHaveNoCycles() {
    slices().matching("io.numberstoolkit.conformance.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theContractDependsOnNoneOfItsUsers() {
    noClasses().that().resideInAPackage("io.numberstoolkit.contract..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.numberstoolkit.simulator..", "io.numberstoolkit.conformance..", "io.numberstoolkit.cli..")
        .check(MAIN);
  }

  @Test
  void theStoreKnowsNeitherHttpNorTheWireFormat() {
    noClasses().that().resideInAPackage("io.numberstoolkit.simulator.store..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.numberstoolkit.simulator.http..",
            "io.numberstoolkit.simulator.wire..",
            "io.numberstoolkit.simulator.persistence..",
            "io.numberstoolkit.simulator.junit..",
            "com.github.tomakehurst.wiremock..",
            "com.fasterxml.jackson..")
        .check(MAIN);
  }

  @Test
  void theWireFormatAndTheDataFileKnowNoHttp() {
    noClasses().that().resideInAnyPackage(
            "io.numberstoolkit.simulator.wire..", "io.numberstoolkit.simulator.persistence..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.numberstoolkit.simulator.http..", "com.github.tomakehurst.wiremock..")
        .check(MAIN);
  }

  /** Simulator and its options assemble the layers below; none of them reaches back up to it. */
  @Test
  void theStoreWireFormatAndDataFileDoNotReachUpToTheAssembly() {
    noClasses().that().resideInAnyPackage(
            "io.numberstoolkit.simulator.store..",
            "io.numberstoolkit.simulator.wire..",
            "io.numberstoolkit.simulator.persistence..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.numberstoolkit.simulator", "io.numberstoolkit.simulator.junit..")
        .check(MAIN);
  }

  @Test
  void theSimulatorDoesNotDependOnTheConformanceSuite() {
    noClasses().that().resideInAPackage("io.numberstoolkit.simulator..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.numberstoolkit.conformance..", "io.numberstoolkit.cli..")
        .check(MAIN);
  }

  @Test
  void conformanceStepsReachHttpOnlyThroughTheClientLayer() {
    noClasses().that().resideInAPackage("io.numberstoolkit.conformance.steps..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.restassured..", "org.apache.http..", "java.net.http..")
        .orShould().dependOnClassesThat().belongToAnyOf(
            java.net.HttpURLConnection.class, java.net.Socket.class)
        .check(MAIN);
  }
}
