package dev.cprops.recipes.cli;

import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.connections.ConnectionsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --connections FILE} option, shared by the commands. */
final class ConnectionOptions {
  @Option(
      names = "--connections",
      paramLabel = "FILE",
      description = {
        "JSON file of connections: {\"<app>\": {\"<field>\": value}}.",
        "Environment variables RECIPE_<APP>_<FIELD> add to it and win."
      })
  Path file;

  /** Connections from the file and environment, with the given default providers. */
  Connections connections(CliContext context, List<ConnectionProvider> providers) {
    Map<String, Map<String, Object>> values = file == null ? Map.of() : ConnectionsFile.read(file);
    return new Connections(values, context.environment(), providers);
  }
}
