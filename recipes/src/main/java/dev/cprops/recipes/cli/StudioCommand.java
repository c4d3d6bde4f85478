package dev.cprops.recipes.cli;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.studio.Studio;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recipe studio [DIR]}: the recipe studio, a local web app over a folder of recipes. */
@Command(
    name = "studio",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the recipe studio on 127.0.0.1: list, edit, check, test and run the recipes in DIR",
      "in a browser. Connections as for run: a connections file, RECIPE_* variables, or the",
      "embedded demo mock server. Runs until Ctrl-C."
    })
final class StudioCommand implements Callable<Integer> {
  @ParentCommand RecipeCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connectionOptions;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "The folder of recipe files; default the samples (recipes/samples or samples).")
  Path directory;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port on 127.0.0.1; default a free one.")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    CliContext context = parent.context();
    PrintWriter out = spec.commandLine().getOut();
    Path dir = directory != null ? directory : samples();
    if (!Files.isDirectory(dir)) {
      throw new UsageException("DIR: '" + dir + "' is not a folder");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port: " + port + " is not a port (0 to 65535)");
    }
    AppRegistry apps = AppRegistry.load(BuiltinApps.create(out, context.clock()));
    CountDownLatch stopped = new CountDownLatch(1);
    try (Connections connections =
            connectionOptions.connections(context, context.providers().get(), apps, out::println);
        Studio studio = Studio.start(dir, port, apps, connections, StudioCommand::summary)) {
      out.println("Recipe studio for " + dir.toAbsolutePath().normalize() + " at " + studio.url());
      out.println("Press Ctrl-C to stop.");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "studio-stop"));
      stopped.await();
    }
    return ExitCode.OK.code();
  }

  static String summary(dev.cprops.recipes.runner.RunSummary summary) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    SummaryPrinter.print(summary, out);
    out.flush();
    return text.toString();
  }

  private static Path samples() {
    for (Path candidate : List.of(Path.of("recipes", "samples"), Path.of("samples"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("recipes", "samples");
  }
}
