package dev.cprops.recipes.studio;

import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.recipes.recipe.Location;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.recipe.RecipeValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of {@code validate}, run on the recipe being edited: the parser's shape checks, then
 * the validator's (apps, actions, required inputs, pills), each problem with the path of the input
 * it concerns, so the page shows it beside that input.
 */
final class Checks {
  private final StudioApps apps;

  Checks(StudioApps apps) {
    this.apps = apps;
  }

  /** Each problem as {@code {path, where, message}}. */
  List<Map<String, Object>> run(RecipeDocument document) {
    List<Problem> problems;
    try {
      Recipe recipe = document.parse();
      problems = new RecipeValidator(apps.registry(), apps::connection).validate(recipe);
    } catch (RecipeException e) {
      problems = e.problems();
    } catch (ConnectorException e) {
      problems = List.of(new Problem(Location.recipe(null), e.getMessage()));
    }
    List<Map<String, Object>> views = new ArrayList<>();
    for (Problem problem : problems) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("path", TreePath.of(problem.location()));
      view.put("where", problem.where());
      view.put("message", problem.message());
      views.add(view);
    }
    return views;
  }
}
