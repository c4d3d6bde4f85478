package dev.cprops.recipes.runner;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeParser;
import dev.cprops.recipes.recipe.RecipeValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Builds runners over the built-in apps and the fake connector, with a fixed clock. */
final class RunnerFixture {
  final StringWriter log = new StringWriter();
  final Clock clock = Clock.fixed(Instant.parse("2024-03-15T10:00:00Z"), ZoneOffset.UTC);
  final AppRegistry apps = AppRegistry.load(BuiltinApps.create(new PrintWriter(log, true), clock));
  final Connections connections =
      new Connections(Map.of("fake", Map.of("api_key", "k-123")), Map.of(), List.of());

  Recipe recipe(String json) {
    Recipe recipe = RecipeParser.parse(json, Path.of("."));
    new RecipeValidator(apps, connections::given).require(recipe);
    return recipe;
  }

  RecipeRunner runner(RunListener listener) {
    return new RecipeRunner(apps, connections, listener, clock, duration -> {});
  }

  RunSummary runOnce(Recipe recipe, Path state) {
    return runner(new RunListener() {}).run(recipe, state, true, () -> false);
  }
}
