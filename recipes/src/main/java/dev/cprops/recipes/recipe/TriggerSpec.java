package dev.cprops.recipes.recipe;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trigger of a recipe.
 *
 * @param app the app id, e.g. {@code "schedule"} or a connector id
 * @param trigger the trigger id, or {@code null} to use the app's only trigger
 * @param input the trigger's input (no pills: a trigger runs before any data exists)
 * @param pollInterval how often a connector trigger is polled when the recipe keeps running
 */
public record TriggerSpec(
    String app, String trigger, Map<String, Object> input, Duration pollInterval) {
  /** The default interval between polls of a connector trigger. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(5);

  public TriggerSpec {
    input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
  }
}
