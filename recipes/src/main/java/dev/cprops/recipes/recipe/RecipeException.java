package dev.cprops.recipes.recipe;

import java.util.List;
import java.util.stream.Collectors;

/** A recipe cannot be used as written: carries every problem found, in recipe order. */
public class RecipeException extends RuntimeException {
  private final List<Problem> problems;

  public RecipeException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
