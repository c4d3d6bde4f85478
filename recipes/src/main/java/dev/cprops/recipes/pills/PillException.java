package dev.cprops.recipes.pills;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;

/**
 * A data pill points nowhere at run time: names the step, the input field and the pill, and says
 * which part of the path was missing.
 */
public class PillException extends RecipeFailure {
  private final String stepId;
  private final String field;
  private final String pill;

  public PillException(String stepId, String field, String pill, String reason) {
    super(
        ExitCode.RECIPE_INVALID,
        "step '"
            + stepId
            + "', field '"
            + field
            + "': pill "
            + pill
            + " points nowhere: "
            + reason);
    this.stepId = stepId;
    this.field = field;
    this.pill = pill;
  }

  public String stepId() {
    return stepId;
  }

  public String field() {
    return field;
  }

  public String pill() {
    return pill;
  }
}
