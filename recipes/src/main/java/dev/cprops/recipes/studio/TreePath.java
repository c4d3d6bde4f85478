package dev.cprops.recipes.studio;

import dev.cprops.recipes.recipe.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * A place in a recipe's JSON, written with dots: {@code steps.1.input.email}. The {@link Location}
 * of a problem from the parser or the validator is turned into the same form, so a message finds
 * the input it concerns.
 *
 * @param segments keys and list indexes
 */
record TreePath(List<String> segments) {
  TreePath {
    segments = List.copyOf(segments);
    if (segments.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("not a place in a recipe: " + String.join(".", segments));
    }
  }

  /** Parses {@code a.b.0.c}; keys holding dots cannot be addressed (the studio never makes any). */
  static TreePath parse(String dotted) {
    return new TreePath(List.of(dotted.split("\\.", -1)));
  }

  /**
   * The path of a problem's location, e.g. {@code steps.1.input.records.0} for step 1's {@code
   * input.records[0]}; {@code recipe} for the recipe as a whole.
   */
  static String of(Location location) {
    String part =
        switch (location.part()) {
          case RECIPE -> "";
          case TRIGGER -> "trigger";
          case STEP -> "steps." + location.step();
          case CONNECTION -> "connections." + location.app();
        };
    String field =
        location.field() == null ? "" : location.field().replaceAll("\\[(\\d+)\\]", ".$1");
    if (part.isEmpty()) {
      return field.isEmpty() ? "recipe" : field;
    }
    return field.isEmpty() ? part : part + "." + field;
  }

  TreePath child(String segment) {
    List<String> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new TreePath(longer);
  }

  @Override
  public String toString() {
    return String.join(".", segments);
  }
}
