package dev.cprops.recipes.cli;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.check.RecipeCheck;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.recipe.Problem;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeException;
import dev.cprops.recipes.recipe.Validation;
import dev.cprops.recipes.runner.AppRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recipe validate FILE [--live]}: checks a recipe without running it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a recipe without running it.",
      "",
      "Reports unknown apps, actions and triggers, missing required inputs, literal values that"
          + " do not fit (options, lists, numbers), pills that point nowhere, secrets written into"
          + " it, and connections that do not resolve. Sends nothing anywhere.",
      "",
      "With --live, also connects as run would (the embedded demo server when no connections"
          + " file is given), checks that each server accepts its credentials, and checks the"
          + " recipe against the live fields, e.g. that mapped properties exist. Only reads,"
          + " never writes."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand RecipeCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connectionOptions;

  @Parameters(paramLabel = "FILE", description = "The recipe JSON file.")
  Path file;

  @Option(
      names = "--live",
      description =
          "Also check against the servers: credentials accepted, live fields and pick lists"
              + " (read-only).")
  boolean live;

  @Override
  public Integer call() {
    CliContext context = parent.context();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Validation validation;
    Recipe recipe = null;
    try {
      recipe = RecipeFiles.read(file);
      AppRegistry apps = AppRegistry.load(BuiltinApps.create(out, context.clock()));
      List<ConnectionProvider> providers = context.providers().get();
      try (Connections connections =
          connectionOptions.connections(context, providers, apps, err::println)) {
        RecipeCheck check = new RecipeCheck(apps, connections);
        validation = live ? check.live(recipe) : check.offline(recipe);
      }
    } catch (RecipeException e) {
      validation = new Validation(e.problems(), List.of());
    }
    err.flush();
    List<Problem> problems = validation.problems();
    if (problems.isEmpty()) {
      out.println(
          file
              + ": ok ("
              + recipe.steps().size()
              + (recipe.steps().size() == 1 ? " step" : " steps")
              + (live ? ", checked live" : "")
              + ")");
    } else {
      out.println(
          file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
      problems.forEach(problem -> out.println("  " + problem));
    }
    validation.notes().forEach(note -> out.println("  checked: " + note));
    out.flush();
    return exitCode(validation);
  }

  private static int exitCode(Validation validation) {
    return validation.ok()
        ? ExitCode.OK.code()
        : RecipeException.exitCodeOf(validation.problems()).code();
  }
}
