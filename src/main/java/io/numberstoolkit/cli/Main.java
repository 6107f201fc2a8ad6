package io.numberstoolkit.cli;

import io.numberstoolkit.conformance.report.ToolkitVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The one runnable jar: every feature of the toolkit is a subcommand. */
@Command(
    name = "numbers-toolkit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Contract tests and a stateful simulator for the numbers API.",
    subcommands = {SimulateCommand.class, ValidateCommand.class, ConformCommand.class, ProxyCommand.class,
      SnapshotCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests run it in-process and read what it prints. */
  public static CommandLine commandLine() {
    // picocli looks for Groovy closures in annotations unless told not to, and Groovy is on the
    // classpath (REST Assured brings it): initialising its runtime cost half a second of every
    // start-up. No command here uses closures.
    if (System.getProperty(NO_CLOSURES) == null) {
      System.setProperty(NO_CLOSURES, "true");
    }
    return new CommandLine(new Main()).setParameterExceptionHandler(Main::oneLineUsageError);
  }

  /** A usage error is one line naming the problem and where help is, not the whole usage text. */
  private static int oneLineUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println(command.getCommandName() + ": " + e.getMessage()
        + " (see " + command.getCommandSpec().qualifiedName() + " --help)");
    command.getErr().flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static final String NO_CLOSURES = "picocli.disable.closures";

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"numbers-toolkit " + ToolkitVersion.get()};
    }
  }
}
