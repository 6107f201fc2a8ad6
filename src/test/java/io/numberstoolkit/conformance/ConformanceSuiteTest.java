package io.numberstoolkit.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The self-check: the whole conformance suite against the simulator, started in-process (see
 * {@link ActiveTarget}). With {@code -Dnumbers.base-url=URL} it checks that target instead, and
 * {@code -Dcucumber.filter.tags="@documented and @readonly"} selects scenarios as {@code conform
 * --tags} does. Reports go to target/conformance-report.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.numberstoolkit.conformance.steps")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value = "io.numberstoolkit.conformance.report.ConformanceReportPlugin:target/conformance-report,"
        + " io.numberstoolkit.conformance.report.ConsoleReportPlugin,"
        + " junit:target/conformance-report/junit.xml,"
        + " json:target/conformance-report/report.json")
class ConformanceSuiteTest {}
