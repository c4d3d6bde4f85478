package dev.cprops.recipes.samples;

import dev.cprops.recipes.cli.CliContext;
import dev.cprops.recipes.cli.RecipeCommand;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.runner.Sleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the {@code recipe} command in-process with given connection providers; keeps its output. */
record RecipeCli(int exitCode, String out, String err) {

  static RecipeCli run(List<ConnectionProvider> providers, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(Map.of(), Clock.systemUTC(), Sleeper.SYSTEM, () -> providers, false, false);
    CommandLine commandLine = RecipeCommand.commandLine(context);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new RecipeCli(exitCode, out.toString(), err.toString());
  }

  /** The number after a summary label ({@code created}, {@code failed}, ...). */
  long count(String label) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^  " + label + " +(\\d+)").matcher(out);
    if (!m.find()) {
      throw new AssertionError("no '" + label + "' in the summary:\n" + out + "\n" + err);
    }
    return Long.parseLong(m.group(1));
  }
}
