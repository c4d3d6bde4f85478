package dev.cprops.recipes.recipe;

import java.util.Objects;

/**
 * Where in a recipe (or in the connections it needs) a problem is, in parts an editor can place
 * beside the field it concerns.
 *
 * @param part the recipe itself, its trigger, one of its steps, or the connection of an app
 * @param step with {@link Part#STEP}: the step's index (from 0); otherwise {@code -1}
 * @param stepId with {@link Part#STEP}: the step's id, or {@code null} when it has none
 * @param app with {@link Part#CONNECTION}: the app id; otherwise {@code null}
 * @param field the field within the part, as a path such as {@code input.match_by}, {@code
 *     input.mapping.Phone Number} or {@code input.records[0]}; {@code null} for the part as a whole
 */
public record Location(Part part, int step, String stepId, String app, String field) {

  /** The parts of a recipe a location can be in. */
  public enum Part {
    RECIPE,
    TRIGGER,
    STEP,
    CONNECTION
  }

  public Location {
    Objects.requireNonNull(part, "part");
  }

  /** A top-level key of the recipe ({@code name}, {@code steps}), or the whole recipe. */
  public static Location recipe(String field) {
    return new Location(Part.RECIPE, -1, null, null, field);
  }

  /** The trigger, or one of its fields ({@code app}, {@code input.every}). */
  public static Location trigger(String field) {
    return new Location(Part.TRIGGER, -1, null, null, field);
  }

  /** A step, or one of its fields ({@code app}, {@code input.match_by}). */
  public static Location step(int index, String stepId, String field) {
    return new Location(Part.STEP, index, stepId, null, field);
  }

  /** The connection of an app, or one of its fields ({@code secret_key}). */
  public static Location connection(String app, String field) {
    return new Location(Part.CONNECTION, -1, null, app, field);
  }

  /** The same part, at a field given as a path from the part. */
  public Location at(String path) {
    return new Location(part, step, stepId, app, path);
  }

  /** The top-level input key the field is in ({@code match_by} for {@code input.match_by.x}). */
  public String inputKey() {
    if (field == null || !field.startsWith("input.")) {
      return null;
    }
    String rest = field.substring("input.".length());
    int end = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      if (rest.charAt(i) == '.' || rest.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    return rest.substring(0, end);
  }

  /**
   * As a recipe author reads it: {@code steps[1] (upsert).input.match_by}, {@code
   * trigger.input.every}, {@code name}, {@code connections.crm.access_token}.
   */
  @Override
  public String toString() {
    String suffix = field == null ? "" : "." + field;
    return switch (part) {
      case RECIPE -> field == null ? "recipe" : field;
      case TRIGGER -> "trigger" + suffix;
      case STEP -> "steps[" + step + "]" + (stepId == null ? "" : " (" + stepId + ")") + suffix;
      case CONNECTION -> "connections." + app + suffix;
    };
  }
}
