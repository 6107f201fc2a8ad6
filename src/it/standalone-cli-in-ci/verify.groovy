// The standalone jar ran as a tool on its own (fetched alone, no dependencies beside it) and judged
// the team's request body; it is the runnable all-in-one jar, with the CLI's own SLF4J provider.
import java.util.jar.JarFile

def log = new File(basedir, 'build.log').text
assert log.contains('requests/new-number.json: valid') : "the CLI did not judge the request body"
assert !log.contains('SLF4J(W)') : "SLF4J warned in the CLI's output"

def jar = new JarFile(new File(basedir, 'target/tools/numbers-toolkit-standalone.jar'))
try {
  assert jar.manifest.mainAttributes.getValue('Main-Class') == 'io.numberstoolkit.cli.Main'
  assert jar.getEntry('org/slf4j/simple/SimpleLogger.class') != null : "the CLI's logging provider is missing"
  assert jar.getEntry('simplelogger.properties') != null : "the CLI's log levels are missing"
  assert jar.getEntry('org/junit/jupiter/api/Test.class') == null : "JUnit is bundled: the CLI does not need it"
} finally {
  jar.close()
}
true
