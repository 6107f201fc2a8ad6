package io.numberstoolkit.cli;

import io.numberstoolkit.contract.ContractValidator;
import io.numberstoolkit.contract.InvalidJsonException;
import io.numberstoolkit.contract.Schema;
import io.numberstoolkit.contract.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate --schema NAME FILE...}: checks JSON files against one of the contract's schemas. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks JSON files against one of the contract's schemas.",
      "Prints FILE: valid, or one line FILE: /pointer: message per violation.",
      "Exit code: 0 all valid, 1 a file breaks the contract, 2 usage error"
          + " (unknown schema, unreadable file, not JSON)."
    })
public final class ValidateCommand implements Callable<Integer> {

  static final int ALL_VALID = 0;
  static final int SOME_INVALID = 1;
  static final int USAGE_ERROR = 2;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-s", "--schema"},
      required = true,
      paramLabel = "NAME",
      description = "The schema to check against: number, number-envelope, number-list, greeting,"
          + " timer, menu-option, create-request, update-request or error.")
  private String schemaName;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files to check.")
  private List<String> files;

  @Override
  public Integer call() {
    Optional<Schema> schema = Schema.byName(schemaName);
    if (schema.isEmpty()) {
      err().println("validate: unknown schema '" + schemaName + "'; known schemas: " + knownSchemas());
      return USAGE_ERROR;
    }
    int exitCode = ALL_VALID;
    for (String file : files) {
      exitCode = Math.max(exitCode, check(schema.get(), file));
    }
    return exitCode;
  }

  private int check(Schema schema, String file) {
    String text;
    try {
      text = read(file);
    } catch (IOException | InvalidPathException e) {
      err().println(file + ": cannot read: " + reason(e));
      return USAGE_ERROR;
    }
    List<Violation> violations;
    try {
      violations = ContractValidator.shared().validate(schema, text);
    } catch (InvalidJsonException e) {
      err().println(file + ": " + e.getMessage());
      return USAGE_ERROR;
    }
    if (violations.isEmpty()) {
      out().println(file + ": valid");
      return ALL_VALID;
    }
    violations.forEach(violation -> out().println(file + ": " + violation));
    return SOME_INVALID;
  }

  private static String read(String file) throws IOException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage();
  }

  private static String knownSchemas() {
    return Arrays.stream(Schema.values()).map(Schema::cliName).collect(Collectors.joining(", "));
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
