package dev.cprops.recipes.recipe;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed recipe: a trigger, then steps run in order for each trigger event.
 *
 * @param name what the recipe is called; also names its default state directory
 * @param trigger what starts the recipe
 * @param steps the steps, in order; never empty
 * @param directory the directory of the recipe file ({@code {{recipe.dir}}}); never {@code null}
 */
public record Recipe(String name, TriggerSpec trigger, List<Step> steps, Path directory) {
  public Recipe {
    steps = List.copyOf(steps);
  }
}
