package dev.cprops.recipes.cli;

import dev.cprops.recipes.failure.FileErrors;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads recipe files and {@code @file} arguments. */
final class RecipeFiles {
  private RecipeFiles() {}

  static Recipe read(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return RecipeParser.parse(text(file, "recipe"), absolute.getParent());
  }

  static String text(Path file, String what) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException(FileErrors.describe("read", what + " file", file, e));
    }
  }
}
