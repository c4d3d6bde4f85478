package dev.cprops.recipes.state;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/** The state directory cannot be read or written. */
public class StateException extends RecipeFailure {
  public StateException(String message, Throwable cause) {
    super(ExitCode.STATE, message, cause);
  }
}
