package dev.cprops.recipes.cli;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeValidator;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.runner.RecipeRunner;
import dev.cprops.recipes.runner.RunSummary;
import dev.cprops.recipes.state.StateDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recipe run FILE}: runs a recipe once, or on its schedule until interrupted. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a recipe: once with --once, else on its schedule until interrupted (Ctrl-C).",
      "Progress goes to stderr; log messages and the summary to stdout."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every record went through",
      "1:some steps or records failed, or a stop-policy step stopped the run",
      "2:usage error, or the recipe is not valid",
      "3:connection missing or rejected"
    })
final class RunCommand implements Callable<Integer> {
  @ParentCommand RecipeCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connectionOptions;

  @Parameters(paramLabel = "FILE", description = "The recipe JSON file.")
  Path file;

  @Option(names = "--once", description = "Run one tick now, then exit.")
  boolean once;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description = "State directory (cursors, dedup keys); default .recipe-state/<recipe name>.")
  Path stateDir;

  @Override
  public Integer call() {
    CliContext context = parent.context();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Recipe recipe = RecipeFiles.read(file);
    AppRegistry apps = AppRegistry.load(BuiltinApps.create(out, context.clock()));
    try (Connections connections =
        connectionOptions.connections(context, context.providers().get())) {
      new RecipeValidator(apps, connections::given).require(recipe);
      Path dir = stateDir != null ? stateDir : StateDirectory.defaultFor(recipe.name());
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook = once || !context.handleInterrupts() ? null : interruptHook(stop, finished);
      try (ProgressDisplay progress = ProgressDisplay.create(context.terminal(), err)) {
        RecipeRunner runner =
            new RecipeRunner(apps, connections, progress, context.clock(), context.sleeper());
        RunSummary summary = runner.run(recipe, dir, once, stop::get);
        progress.close();
        SummaryPrinter.print(summary, out);
        out.flush();
        return SummaryPrinter.exitCode(summary);
      } finally {
        finished.countDown();
        if (hook != null && !stop.get()) {
          Runtime.getRuntime().removeShutdownHook(hook);
        }
      }
    }
  }

  private static Thread interruptHook(AtomicBoolean stop, CountDownLatch finished) {
    Thread hook =
        new Thread(
            () -> {
              stop.set(true);
              try {
                finished.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "recipe-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }
}
