package dev.cprops.recipes.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:the run had failures (or an action or poll failed)",
      "2:usage or validation error",
      "3:connection missing or rejected"
    })
public final class RecipeCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  public RecipeCommand(CliContext context) {
    this.context = context;
  }

  /** A command line for these commands, with their error handling, ready to {@code execute}. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new RecipeCommand(context));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    // "--input @file" is read by exec itself: picocli must not split the file into arguments.
    commandLine.setExpandAtFiles(false);
    return commandLine;
  }

  CliContext context() {
    return context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
