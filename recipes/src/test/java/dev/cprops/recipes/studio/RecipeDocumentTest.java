package dev.cprops.recipes.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.recipe.Location;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.recipe.RecipeParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecipeDocumentTest {
  @TempDir Path dir;

  static Stream<Arguments> recipes() {
    return TestRecipes.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void findsEverySampleAndTheTestsHandWrittenRecipes() {
    Map<String, String> all = TestRecipes.all();
    assertThat(all.keySet().stream().filter(k -> k.endsWith("recipe.json"))).hasSize(6);
    assertThat(all.keySet().stream().filter(k -> k.contains(".java#")).count()).isGreaterThan(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void unchangedRecipe_savesByteForByte(String name, String text) throws Exception {
    Path file = write(text);
    RecipeDocument document = RecipeDocument.open(file);
    document.save();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void editUndone_savesByteForByte(String name, String text) throws Exception {
    Path file = write(text);
    RecipeDocument document = RecipeDocument.open(file);
    Object before = document.get(TreePath.parse("name"));
    document.set(TreePath.parse("name"), "something else");
    assertThat(document.changed()).isTrue();
    document.set(TreePath.parse("name"), before);
    document.save();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void editedRecipe_keepsEverythingElse(String name, String text) throws Exception {
    Path file = write(text);
    RecipeDocument document = RecipeDocument.open(file);
    document.set(TreePath.parse("description"), "edited in the studio");
    document.save();
    String saved = Files.readString(file, StandardCharsets.UTF_8);
    Map<String, Object> expected = Json.parseObject(text);
    expected.put("description", "edited in the studio");
    assertThat(Json.compact(Json.parseObject(saved))).isEqualTo(Json.compact(expected));
    Recipe original;
    try {
      original = RecipeParser.parse(text, dir);
    } catch (RecipeException e) {
      return; // a recipe the tests wrote wrong on purpose: its JSON is kept, as checked above
    }
    Recipe reread = RecipeParser.parse(saved, dir);
    assertThat(reread).isEqualTo(original);
  }

  @Test
  void newRecipe_isWrittenAsIndentedJson() throws Exception {
    RecipeDocument document =
        RecipeDocument.create(dir.resolve("n/recipe.json"), "New one", "schedule", null);
    document.set(TreePath.parse("trigger.input.every"), "1h");
    Map<String, Object> step = new java.util.LinkedHashMap<>();
    step.put("id", "say");
    step.put("app", "log");
    step.put("action", "info");
    document.steps().add(step);
    document.save();
    assertThat(Files.readString(dir.resolve("n/recipe.json")))
        .isEqualTo(
            """
            {
              "name": "New one",
              "trigger": {
                "app": "schedule",
                "input": {
                  "every": "1h"
                }
              },
              "steps": [
                {
                  "id": "say",
                  "app": "log",
                  "action": "info"
                }
              ]
            }
            """);
  }

  @Test
  void problemPlaces_becomeFieldPaths() {
    assertThat(TreePath.of(Location.step(1, "upsert", "input.records")))
        .isEqualTo("steps.1.input.records");
    assertThat(TreePath.of(Location.step(0, null, "id"))).isEqualTo("steps.0.id");
    assertThat(TreePath.of(Location.trigger("input.every"))).isEqualTo("trigger.input.every");
    assertThat(TreePath.of(Location.step(2, "a", "input.rows[3].x")))
        .isEqualTo("steps.2.input.rows.3.x");
    assertThat(TreePath.of(Location.recipe("name"))).isEqualTo("name");
    assertThat(TreePath.of(Location.recipe(null))).isEqualTo("recipe");
  }

  private Path write(String text) throws Exception {
    Path file = dir.resolve("recipe.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
