package dev.cprops.recipes.cli;

import dev.cprops.recipes.failure.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code recipe} command: runs, executes, describes and validates recipes locally. */
@Command(
    name = "recipe",
    mixinStandardHelpOptions = true,
    version = "recipe 0.1.0",
    description = "Runs low-code recipes locally: triggers, data pills, actions and cursors.",
    subcommands = {
      RunCommand.class,
      ExecCommand.class,
      DescribeCommand.class,
      ValidateCommand.class,
      StudioCommand.class
    })
public final class RecipeCommand implements Callable<Integer> {
  static final String VERBOSE = "--verbose";

  private final CliContext context;

  @Option(
      names = VERBOSE,
      scope = ScopeType.INHERIT,
      description = "On an error, print its stack trace too (for a bug report).")
  boolean verbose;

  @Spec CommandSpec spec;

  public RecipeCommand(CliContext context) {
    this.context = context;
  }

  /** A command line for these commands, with their error handling, ready to {@code execute}. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new RecipeCommand(context));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    exitCodes(commandLine);
    // "--input @file" is read by exec itself: picocli must not split the file into arguments.
    commandLine.setExpandAtFiles(false);
    return commandLine;
  }

  /** The one table of exit codes, in the help of the command and of each subcommand. */
  private static void exitCodes(CommandLine commandLine) {
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes (the same for every command):%n")
        .exitCodeList(exitCodeList());
    commandLine.getSubcommands().values().forEach(RecipeCommand::exitCodes);
  }

  /** {@link ExitCode}'s table for picocli's "Exit codes:" section: code, then meaning. */
  private static Map<String, String> exitCodeList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      list.put(Integer.toString(code.code()), code.meaning());
    }
    return list;
  }

  CliContext context() {
    return context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }
}
