package dev.cprops.recipes.cli;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.JsonFormatException;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.connector.spi.Trigger;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.failure.ExitCode;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.runner.OutputCounters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recipe exec APP.ACTION|APP.TRIGGER}: runs one action or one poll and prints its JSON. */
@Command(
    name = "exec",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one action, or polls one trigger once, and prints the output as JSON.",
      "Like workato exec. A poll prints {\"events\", \"dedup_keys\", \"next_cursor\","
          + " \"can_poll_more\"}."
    })
final class ExecCommand implements Callable<Integer> {
  @ParentCommand RecipeCommand parent;
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connectionOptions;

  @Parameters(
      paramLabel = "APP.OPERATION",
      description = "An action or trigger, e.g. csv.read or schedule.tick.")
  String target;

  @Option(
      names = "--input",
      paramLabel = "JSON|@FILE",
      description = "The input object, inline or from a file.")
  String input;

  @Option(
      names = "--cursor",
      paramLabel = "CURSOR",
      description = "For a trigger: the cursor to poll from.")
  String cursor;

  @Override
  public Integer call() {
    CliContext context = parent.context();
    PrintWriter out = spec.commandLine().getOut();
    int dot = target.indexOf('.');
    if (dot <= 0 || dot == target.length() - 1) {
      throw new UsageException("'" + target + "' is not APP.ACTION or APP.TRIGGER, e.g. csv.read");
    }
    String appId = target.substring(0, dot);
    String operationId = target.substring(dot + 1);
    AppRegistry apps = AppRegistry.load(BuiltinApps.create(out, context.clock()));
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
    Map<String, Object> values = input();
    Optional<Action> action = app.action(operationId);
    Optional<Trigger> trigger = app.trigger(operationId);
    if (action.isEmpty() && trigger.isEmpty()) {
      throw new UsageException(
          "app '" + appId + "' has no action or trigger '" + operationId + "'");
    }
    try (Connections connections =
        connectionOptions.connections(
            context,
            context.providers().get(),
            apps,
            notice -> spec.commandLine().getErr().println(notice))) {
      Connection connection = connections.require(app);
      Object output;
      long failed = 0;
      if (action.isPresent()) {
        Map<String, Object> result = action.get().execute(connection, values);
        failed = OutputCounters.of(result).failed();
        output = result;
      } else if (trigger.get() instanceof PollingTrigger polling) {
        output = poll(polling, connection, values);
      } else {
        throw new UsageException(
            "'" + target + "' is a webhook trigger; exec polls polling triggers only");
      }
      out.println(Json.pretty(output));
      out.flush();
      if (failed > 0) {
        spec.commandLine()
            .getErr()
            .println(
                "error: "
                    + (failed == 1 ? "1 record" : failed + " records")
                    + " failed: their errors are in the output above; fix the input and run"
                    + " again");
        spec.commandLine().getErr().flush();
        return ExitCode.RECORDS_FAILED.code();
      }
    }
    return ExitCode.OK.code();
  }

  private Map<String, Object> poll(
      PollingTrigger trigger, Connection connection, Map<String, Object> values) {
    PollResult result = trigger.poll(connection, values, cursor);
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("events", result.events());
    output.put("dedup_keys", result.events().stream().map(trigger::dedupKey).toList());
    output.put("next_cursor", result.nextCursor());
    output.put("can_poll_more", result.canPollMore());
    return output;
  }

  private Map<String, Object> input() {
    if (input == null) {
      return new LinkedHashMap<>();
    }
    String text =
        input.startsWith("@") ? RecipeFiles.text(Path.of(input.substring(1)), "input") : input;
    try {
      return Json.parseObject(text);
    } catch (JsonFormatException e) {
      throw new UsageException("--input is not a JSON object: " + e.getMessage());
    }
  }
}
