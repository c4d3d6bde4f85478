package dev.cprops.recipes.recipe;

/**
 * One thing wrong with a recipe.
 *
 * @param where the place in the recipe, e.g. {@code steps[1] (upsert).input.email}
 * @param message what is wrong, in words a recipe author reads
 */
public record Problem(String where, String message) {
  /**
   * {@code "steps[0].id is required"} for a message that reads on from where it is ({@code "is
   * ..."}), else {@code "steps[0].id: must be ..."}.
   */
  @Override
  public String toString() {
    return where + (message.startsWith("is ") ? " " : ": ") + message;
  }
}
