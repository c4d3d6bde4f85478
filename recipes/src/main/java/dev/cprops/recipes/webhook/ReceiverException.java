package dev.cprops.recipes.webhook;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/** The webhook receiver cannot listen (the address is taken or not local). */
public final class ReceiverException extends RecipeFailure {
  public ReceiverException(String message, Throwable cause) {
    super(ExitCode.USAGE, message, cause);
  }
}
