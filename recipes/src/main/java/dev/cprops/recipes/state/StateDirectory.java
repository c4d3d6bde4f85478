package dev.cprops.recipes.state;

import java.nio.file.Path;
import java.util.Locale;

/** Where a recipe keeps its state when no {@code --state DIR} is given. */
public final class StateDirectory {
  /** The parent of the default state directories, relative to the working directory. */
  public static final String DEFAULT_ROOT = ".recipe-state";

  private StateDirectory() {}

  /** {@code .recipe-state/<recipe name as a file name>}. */
  public static Path defaultFor(String recipeName) {
    return Path.of(DEFAULT_ROOT, fileName(recipeName));
  }

  /** A name made safe for a file: lower case, runs of other characters as {@code -}. */
  public static String fileName(String name) {
    String safe =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "-").replaceAll("^-+|-+$", "");
    return safe.isEmpty() ? "recipe" : safe;
  }
}
