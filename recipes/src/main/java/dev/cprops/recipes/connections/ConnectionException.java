package dev.cprops.recipes.connections;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/**
 * A connection could not be made (missing values, unreadable connections file); no secrets in the
 * message.
 */
public class ConnectionException extends RecipeFailure {
  public ConnectionException(String message) {
    super(ExitCode.CONNECTION, message);
  }

  public ConnectionException(String message, Throwable cause) {
    super(ExitCode.CONNECTION, message, cause);
  }
}
