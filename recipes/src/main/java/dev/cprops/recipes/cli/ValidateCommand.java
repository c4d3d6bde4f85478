package dev.cprops.recipes.cli;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.recipe.RecipeValidator;
import dev.cprops.recipes.runner.AppRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recipe validate FILE}: checks a recipe without running it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a recipe: its shape, unknown apps, actions and triggers, missing required inputs,",
      "pills that point nowhere, and secrets or connections written into it.",
      "With a connection for an app, its live fields are checked too."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand RecipeCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connectionOptions;

  @Parameters(paramLabel = "FILE", description = "The recipe JSON file.")
  Path file;

  @Override
  public Integer call() {
    CliContext context = parent.context();
    PrintWriter out = spec.commandLine().getOut();
    List<Problem> problems;
    Recipe recipe = null;
    try {
      recipe = RecipeFiles.read(file);
      AppRegistry apps = AppRegistry.load(BuiltinApps.create(out, context.clock()));
      try (Connections connections = connectionOptions.connections(context, List.of(), apps)) {
        problems = new RecipeValidator(apps, connections::given).validate(recipe);
      }
    } catch (RecipeException e) {
      problems = e.problems();
    }
    if (problems.isEmpty()) {
      out.println(
          file
              + ": ok ("
              + recipe.steps().size()
              + (recipe.steps().size() == 1 ? " step)" : " steps)"));
      out.flush();
      return ExitCodes.OK;
    }
    out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    problems.forEach(problem -> out.println("  " + problem));
    out.flush();
    return ExitCodes.RECIPE_INVALID;
  }
}
