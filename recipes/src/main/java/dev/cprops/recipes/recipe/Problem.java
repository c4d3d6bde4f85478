package dev.cprops.recipes.recipe;

/**
 * One thing wrong with a recipe.
 *
 * @param where the place in the recipe, e.g. {@code steps[1] (upsert).input.email}
 * @param message what is wrong, in words a recipe author reads
 */
public record Problem(String where, String message) {
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
