package dev.cprops.recipes.cli;

import dev.cprops.recipes.connections.ConnectionProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the {@code recipe} command in-process and captures what it prints. */
final class Cli {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  int exitCode;

  static Cli run(Map<String, String> env, List<ConnectionProvider> providers, String... args) {
    Cli cli = new Cli();
    CliContext context =
        new CliContext(
            env,
            Clock.fixed(Instant.parse("2024-03-15T10:00:00Z"), ZoneOffset.UTC),
            duration -> {},
            () -> providers,
            false,
            false);
    CommandLine commandLine = RecipeCommand.commandLine(context);
    commandLine.setOut(new PrintWriter(cli.out, true));
    commandLine.setErr(new PrintWriter(cli.err, true));
    cli.exitCode = commandLine.execute(args);
    return cli;
  }

  static Cli run(String... args) {
    return run(Map.of(), List.of(), args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
