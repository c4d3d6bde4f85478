package dev.cprops.recipes.recipe;

import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.failure.RecipeFailure;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A recipe cannot be used as written: carries every problem found, in recipe order. Its exit code
 * is the one {@link #exitCodeOf} gives its problems.
 */
public class RecipeException extends RecipeFailure {
  private final List<Problem> problems;

  public RecipeException(List<Problem> problems) {
    super(
        exitCodeOf(problems),
        problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * A problem in the recipe wins (recipe invalid); otherwise a connection problem (missing,
   * incomplete or rejected); otherwise the server could not be reached or read.
   */
  public static ExitCode exitCodeOf(List<Problem> problems) {
    if (problems.stream().anyMatch(p -> p.kind() == Problem.Kind.RECIPE)) {
      return ExitCode.RECIPE_INVALID;
    }
    return problems.stream().anyMatch(p -> p.kind() == Problem.Kind.CONNECTION)
        ? ExitCode.CONNECTION
        : ExitCode.SERVER_UNREACHABLE;
  }

  public List<Problem> problems() {
    return problems;
  }
}
