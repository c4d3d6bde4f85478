package dev.cprops.recipes.cli;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.connector.spi.UnreachableException;
import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.RecipeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a command's failure as one line saying what happened and what to do, and picks its exit
 * code from {@link ExitCode}; the stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    ExitCode code = exitCode(e);
    if (e instanceof RecipeException recipe) {
      err.println(
          switch (recipe.exitCode()) {
            case RECIPE_INVALID -> "error: the recipe is not valid:";
            case CONNECTION -> "error: a connection the recipe needs is not usable:";
            default -> "error: the recipe could not be checked against its server:";
          });
      for (Problem problem : recipe.problems()) {
        err.println("  " + problem);
      }
    } else if (e instanceof AuthException) {
      err.println("error: the connection was rejected: " + e.getMessage());
    } else if (code == ExitCode.INTERNAL) {
      err.println(
          "error: unexpected "
              + e.getClass().getName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + (verbose(parseResult)
                  ? ""
                  : " (a bug: run again with --verbose and report the stack trace)"));
    } else {
      err.println("error: " + e.getMessage());
    }
    if (verbose(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code.code();
  }

  static ExitCode exitCode(Throwable e) {
    if (e instanceof RecipeFailure failure) {
      return failure.exitCode();
    }
    if (e instanceof AuthException) {
      return ExitCode.CONNECTION;
    }
    if (e instanceof UnreachableException) {
      return ExitCode.SERVER_UNREACHABLE;
    }
    if (e instanceof InputException || e instanceof JsonFormatException) {
      return ExitCode.USAGE;
    }
    if (e instanceof ConnectorException) {
      return ExitCode.RECORDS_FAILED;
    }
    return ExitCode.INTERNAL;
  }

  /** Whether {@code --verbose} was given, before or after the subcommand. */
  static boolean verbose(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption(RecipeCommand.VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
