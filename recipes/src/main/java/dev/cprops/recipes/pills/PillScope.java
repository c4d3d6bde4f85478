package dev.cprops.recipes.pills;

import java.util.Map;

/**
 * The data pills can see while one step runs: the trigger event, the outputs of the steps that ran
 * before, the current loop element and facts about the recipe.
 *
 * @param trigger the trigger event
 * @param steps the outputs of earlier steps, by step id (the runner adds to it as steps finish)
 * @param inLoop whether a {@code for_each} loop is running ({@code item} is then defined, even if
 *     {@code null})
 * @param item the current loop element
 * @param recipe {@code name} and {@code dir} of the recipe
 */
public record PillScope(
    Map<String, Object> trigger,
    Map<String, Object> steps,
    boolean inLoop,
    Object item,
    Map<String, Object> recipe) {

  /** A scope outside any loop. */
  public static PillScope of(
      Map<String, Object> trigger, Map<String, Object> steps, Map<String, Object> recipe) {
    return new PillScope(trigger, steps, false, null, recipe);
  }

  /** This scope inside a loop, at the given element. */
  public PillScope withItem(Object item) {
    return new PillScope(trigger, steps, true, item, recipe);
  }
}
