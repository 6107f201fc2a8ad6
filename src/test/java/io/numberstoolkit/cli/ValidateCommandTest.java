package io.numberstoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `validate` run in-process through Main's command line, reading what it prints. */
class ValidateCommandTest {

  private static final String EXAMPLES = "contracts/examples/";

  @TempDir Path dir;

  @Test
  void docExamplesAreValid() {
    Run run = run("validate", "--schema", "number-envelope",
        EXAMPLES + "show.response.number-envelope.json", EXAMPLES + "create.response.number-envelope.json");

    assertAll(
        () -> assertEquals(0, run.exitCode),
        () -> assertEquals(
            EXAMPLES + "show.response.number-envelope.json: valid\n"
                + EXAMPLES + "create.response.number-envelope.json: valid\n", run.out),
        () -> assertEquals("", run.err));
  }

  @Test
  void aBrokenFileIsReportedByPointerAndExitsOne() throws IOException {
    Path broken = write("broken.json", "{\"number\": {\"afid\": \"0002\", \"type\": \"Mobile\"}}");

    Run run = run("validate", "-s", "create-request", broken.toString());

    assertAll(
        () -> assertEquals(1, run.exitCode),
        () -> assertEquals(
            broken + ": /number/cid: is required but missing\n"
                + broken + ": /number/type: must be one of Toll-free, Local (got \"Mobile\")\n", run.out),
        () -> assertEquals("", run.err));
  }

  @Test
  void oneInvalidFileAmongValidOnesMakesTheRunFail() throws IOException {
    Path broken = write("broken.json", "{\"number\": {\"afid\": 5}}");

    Run run = run("validate", "--schema", "update-request",
        EXAMPLES + "update.request.update-request.json", broken.toString());

    assertEquals(1, run.exitCode);
    assertTrue(run.out.contains("update.request.update-request.json: valid"), run.out);
    assertTrue(run.out.contains(broken + ": /number/afid: must be string, not integer"), run.out);
  }

  @Test
  void anUnknownSchemaListsTheKnownOnes() {
    Run run = run("validate", "--schema", "numbers", EXAMPLES + "show.response.number-envelope.json");

    assertUsageError(run, "validate: unknown schema 'numbers'; known schemas: number, number-envelope,"
        + " number-list, greeting, timer, menu-option, create-request, update-request, error\n");
  }

  @Test
  void aMissingFileIsOneClearLine() {
    String missing = dir.resolve("nope.json").toString();

    Run run = run("validate", "--schema", "number", missing);

    assertUsageError(run, missing + ": cannot read: no such file\n");
  }

  @Test
  void aDirectoryIsNotAFile() {
    Run run = run("validate", "--schema", "number", dir.toString());

    assertUsageError(run, dir + ": cannot read: is a directory\n");
  }

  @Test
  void textThatIsNotJsonIsOneClearLine() throws IOException {
    Path notJson = write("not.json", "{\n  \"number\": {\n    \"afid\": \"0002\",\n  }\n}\n");

    Run run = run("validate", "--schema", "update-request", notJson.toString());

    assertEquals(2, run.exitCode);
    assertTrue(run.err.startsWith(notJson + ": not JSON: line 4, column "), run.err);
    assertEquals(1, run.err.lines().count(), run.err);
    assertNoStackTrace(run);
  }

  @Test
  void aMissingSchemaOptionIsAUsageError() {
    Run run = run("validate", EXAMPLES + "show.response.number-envelope.json");

    assertEquals(2, run.exitCode);
    assertTrue(run.err.contains("Missing required option: '--schema=NAME'"), run.err);
    assertNoStackTrace(run);
  }

  private void assertUsageError(Run run, String expectedErr) {
    assertAll(
        () -> assertEquals(2, run.exitCode),
        () -> assertEquals(expectedErr, run.err),
        () -> assertEquals("", run.out));
    assertNoStackTrace(run);
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), run.err);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, normalize(out), normalize(err));
  }

  private static String normalize(StringWriter written) {
    return written.toString().replace(System.lineSeparator(), "\n");
  }

  private record Run(int exitCode, String out, String err) {}
}
