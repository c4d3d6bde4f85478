package dev.cprops.recipes.runner;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/**
 * Thrown by the steps when the run was asked to stop (Ctrl-C, SIGTERM) in the middle of an event:
 * the element or batch in flight finished, no new one was taken, and the event is not marked
 * handled, so the next run does it again.
 */
final class RunInterruptedException extends RecipeFailure {
  private static final long serialVersionUID = 1L;

  RunInterruptedException(String message) {
    super(ExitCode.INTERRUPTED, message);
  }
}
