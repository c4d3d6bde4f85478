package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Connector;
import dev.cprops.recipes.recipe.Schedule;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The apps every recipe can use besides the connectors: {@code schedule}, {@code csv}, {@code
 * json}, {@code http} and {@code log}. They implement the connector SPI, so the runner treats them
 * like any connector.
 */
public final class BuiltinApps {
  /** The id of the schedule app, whose trigger sets the pace of a recipe. */
  public static final String SCHEDULE = Schedule.APP;

  private BuiltinApps() {}

  /**
   * Creates the built-in apps.
   *
   * @param log where the {@code log} app prints
   * @param clock the clock the {@code schedule} app reads
   */
  public static List<Connector> create(PrintWriter log, Clock clock) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return List.of(
        new BuiltinConnector(
            SCHEDULE, "Schedule", List.of(), List.of(), List.of(new ScheduleTrigger(clock))),
        new BuiltinConnector(
            "csv",
            "CSV files",
            List.of(),
            List.of(new CsvReadAction(), new CsvWriteAction()),
            List.of()),
        new BuiltinConnector(
            "json", "JSON files", List.of(), List.of(new JsonReadAction()), List.of()),
        new BuiltinConnector(
            "http",
            "HTTP",
            HttpRequestAction.connectionFields(),
            List.of(new HttpRequestAction(client)),
            List.of(),
            HttpRequestAction::checkConnection),
        new BuiltinConnector("log", "Log", List.of(), List.of(new LogInfoAction(log)), List.of()));
  }
}
