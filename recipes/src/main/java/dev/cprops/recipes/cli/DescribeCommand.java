package dev.cprops.recipes.cli;

import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.Manifest;
import dev.cprops.connector.spi.Operation;
import dev.cprops.connector.spi.WebhookTrigger;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.runner.AppRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recipe describe [APP]}: an app's manifest, or the list of apps. */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an app's manifest as JSON, or lists the apps.",
      "The manifest holds the app's connection fields, actions, triggers and their fields; with a"
          + " connection for the app, dynamic fields and pick lists are resolved. Without APP,"
          + " lists the apps with their actions and triggers (webhook triggers marked)."
    })
final class DescribeCommand implements Callable<Integer> {
  @ParentCommand RecipeCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connectionOptions;

  @Parameters(paramLabel = "APP", arity = "0..1", description = "The app id, e.g. csv.")
  String appId;

  @Override
  public Integer call() {
    CliContext context = parent.context();
    PrintWriter out = spec.commandLine().getOut();
    AppRegistry apps = AppRegistry.load(BuiltinApps.create(out, context.clock()));
    if (appId == null) {
      out.println(Json.pretty(index(apps)));
      out.flush();
      return ExitCode.OK.code();
    }
    Connector app =
        apps.find(appId)
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown app '"
                            + appId
                            + "' (known apps: "
                            + String.join(", ", apps.ids())
                            + ")"));
    try (Connections connections = connectionOptions.connections(context, List.of(), apps)) {
      Optional<Connection> connection = connections.given(app);
      out.println(
          connection.isPresent()
              ? Manifest.describe(app, connection.get())
              : Manifest.describe(app));
      out.flush();
    }
    return ExitCode.OK.code();
  }

  private static List<Map<String, Object>> index(AppRegistry apps) {
    List<Map<String, Object>> index = new ArrayList<>();
    for (Connector app : apps.all()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", app.id());
      entry.put("title", app.title());
      entry.put("actions", app.actions().stream().map(Operation::id).toList());
      entry.put(
          "triggers",
          app.triggers().stream()
              .map(t -> t instanceof WebhookTrigger ? t.id() + " (webhook)" : t.id())
              .toList());
      index.add(entry);
    }
    return index;
  }
}
