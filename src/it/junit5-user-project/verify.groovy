import java.util.jar.JarFile

// The user's tests ran (issue 12 saw 0 tests: "TestEngine with ID 'junit-jupiter' failed to discover
// tests"), passed, and SLF4J found logback alone.
def log = new File(basedir, 'build.log').text

def summary = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)\s*$/)
assert summary.find() : "no surefire summary line in the build log"
assert summary.group(1) == '3' : "expected the project's 3 tests to run: ${summary.group(0)}"
assert summary.group(2) == '0' && summary.group(3) == '0' : summary.group(0)
assert !log.contains('failed to discover tests') : "JUnit could not discover the tests"
assert !log.contains('multiple SLF4J providers') : "SLF4J found more than one provider"
assert !log.contains('No SLF4J providers were found') : "SLF4J found no provider"

// The main artifact this project depended on, as installed: the toolkit's own classes and resources
// only (no bundled WireMock, Jetty, Jackson, JUnit), no logging provider or its settings, and not a
// runnable jar (that is the standalone one).
def installed = new File(localRepositoryPath, "io/numberstoolkit/numbers-toolkit/${toolkitVersion}")
def thin = new JarFile(new File(installed, "numbers-toolkit-${toolkitVersion}.jar"))
try {
  def foreign = thin.entries().toList()*.name.findAll { it.endsWith('.class') && !it.startsWith('io/numberstoolkit/') }
  assert foreign.isEmpty() : "third-party classes in the main artifact: ${foreign.take(5)} (${foreign.size()})"
  def logging = ['META-INF/services/org.slf4j.spi.SLF4JServiceProvider', 'simplelogger.properties',
                 'logback.xml', 'logback-test.xml', 'log4j2.xml'].findAll { thin.getEntry(it) != null }
  assert logging.isEmpty() : "logging provider or settings in the main artifact: ${logging}"
  assert thin.manifest?.mainAttributes?.getValue('Main-Class') == null : "the main artifact claims to be runnable"
} finally {
  thin.close()
}
assert new File(installed, "numbers-toolkit-${toolkitVersion}-standalone.jar").isFile() : "no standalone jar installed"
true
