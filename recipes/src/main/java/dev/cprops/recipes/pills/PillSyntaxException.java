package dev.cprops.recipes.pills;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/** A {@code {{...}}} that is not a valid data pill; the message says why. */
public class PillSyntaxException extends RecipeFailure {
  public PillSyntaxException(String message) {
    super(ExitCode.RECIPE_INVALID, message);
  }
}
