package dev.cprops.recipes.pills;

/** Where a data pill starts. */
public enum PillRoot {
  /** {@code {{trigger...}}}: the trigger event. */
  TRIGGER,
  /** {@code {{steps.<id>...}}}: the output of an earlier step. */
  STEPS,
  /** {@code {{item...}}}: the current element of a {@code for_each} loop. */
  ITEM,
  /** {@code {{recipe.name}}}, {@code {{recipe.dir}}}: facts about the recipe itself. */
  RECIPE
}
