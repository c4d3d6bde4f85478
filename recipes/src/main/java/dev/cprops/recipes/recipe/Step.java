package dev.cprops.recipes.recipe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a recipe: an action of an app, run with an input whose values may hold data pills.
 *
 * @param id unique within the recipe; later steps refer to its output as {@code {{steps.<id>...}}}
 * @param app the app id
 * @param action the action id
 * @param input the input, before pills are resolved
 * @param forEach a pill naming a list to loop over ({@code {{item}}} is the current element), or
 *     {@code null} for no loop
 * @param batchSize with a loop: how many elements {@code {{item}}} holds at once (a list), or
 *     {@code 0} for one element at a time
 * @param onError what a failure does
 */
public record Step(
    String id,
    String app,
    String action,
    Map<String, Object> input,
    String forEach,
    int batchSize,
    ErrorPolicy onError) {
  public Step {
    input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
  }

  /** Whether the step loops over a list. */
  public boolean loops() {
    return forEach != null;
  }

  /** {@code app.action}, as summaries and messages name it. */
  public String qualifiedAction() {
    return app + "." + action;
  }
}
