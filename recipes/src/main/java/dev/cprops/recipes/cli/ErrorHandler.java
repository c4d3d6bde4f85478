package dev.cprops.recipes.cli;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.recipes.connections.ConnectionException;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.webhook.ReceiverException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a command's failure as one clear message (no stack trace) and picks the exit code. */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    if (e instanceof RecipeException recipe) {
      err.println("error: the recipe is not valid:");
      for (Problem problem : recipe.problems()) {
        err.println("  " + problem);
      }
      code = ExitCodes.USAGE;
    } else if (e instanceof UsageException
        || e instanceof InputException
        || e instanceof JsonFormatException
        || e instanceof ReceiverException) {
      err.println("error: " + e.getMessage());
      code = ExitCodes.USAGE;
    } else if (e instanceof ConnectionException) {
      err.println("error: " + e.getMessage());
      code = ExitCodes.CONNECTION;
    } else if (e instanceof AuthException) {
      err.println("error: the connection was rejected: " + e.getMessage());
      code = ExitCodes.CONNECTION;
    } else {
      err.println("error: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
      code = ExitCodes.FAILURES;
    }
    err.flush();
    return code;
  }
}
