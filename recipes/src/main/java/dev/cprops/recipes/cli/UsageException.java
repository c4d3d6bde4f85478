package dev.cprops.recipes.cli;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/** The user asked for something that cannot be done as asked (exit code 2). */
public class UsageException extends RecipeFailure {
  public UsageException(String message) {
    super(ExitCode.USAGE, message);
  }
}
