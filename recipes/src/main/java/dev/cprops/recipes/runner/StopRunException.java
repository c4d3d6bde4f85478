package dev.cprops.recipes.runner;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/** A step whose policy is {@code stop} failed: the run ends without saving the cursor. */
final class StopRunException extends RecipeFailure {
  StopRunException(String message, Throwable cause) {
    super(ExitCode.RECORDS_FAILED, message, cause);
  }
}
