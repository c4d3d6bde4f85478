package dev.cprops.recipes.cli;

import dev.cprops.recipes.connections.ConnectionException;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.connections.ConnectionsFile;
import dev.cprops.recipes.recipe.DidYouMean;
import dev.cprops.recipes.runner.AppRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The {@code --connections FILE} option, shared by the commands. */
final class ConnectionOptions {
  @Option(
      names = "--connections",
      paramLabel = "FILE",
      description =
          "JSON file of connections: {\"<app>\": {\"<field>\": value}}. Environment variables"
              + " RECIPE_<APP>_<FIELD> add to it and win. Without it, customer_properties and crm"
              + " use an embedded demo mock server.")
  Path file;

  /**
   * Connections from the file and environment. The default providers (such as the embedded demo
   * server) are used only when no connections file is given: with a file, an app it leaves out is
   * missing, never silently pointed at a demo server.
   *
   * @param notices hears a line each time a default connection is used
   * @throws ConnectionException if the file names an app that does not exist (with a suggestion)
   */
  Connections connections(
      CliContext context,
      List<ConnectionProvider> providers,
      AppRegistry apps,
      Consumer<String> notices) {
    if (file == null) {
      return new Connections(Map.of(), context.environment(), providers, notices);
    }
    providers.forEach(ConnectionProvider::close);
    Map<String, Map<String, Object>> values = ConnectionsFile.read(file);
    for (String app : values.keySet()) {
      if (apps.find(app).isEmpty()) {
        throw new ConnectionException(
            "connections file "
                + file
                + ": unknown app '"
                + app
                + "'"
                + DidYouMean.closest(app, apps.ids())
                    .map(name -> " (did you mean '" + name + "'?)")
                    .orElse("")
                + "; known apps: "
                + String.join(", ", apps.ids()));
      }
    }
    return new Connections(values, context.environment(), List.of(), notices);
  }

  /** As above, without notices (the providers given are not used to connect). */
  Connections connections(
      CliContext context, List<ConnectionProvider> providers, AppRegistry apps) {
    return connections(context, providers, apps, notice -> {});
  }
}
