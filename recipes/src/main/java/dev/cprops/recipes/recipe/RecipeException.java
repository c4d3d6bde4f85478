package dev.cprops.recipes.recipe;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;
import java.util.List;
import java.util.stream.Collectors;

/** A recipe cannot be used as written: carries every problem found, in recipe order. */
public class RecipeException extends RecipeFailure {
  private final List<Problem> problems;

  public RecipeException(List<Problem> problems) {
    super(
        ExitCode.RECIPE_INVALID,
        problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
