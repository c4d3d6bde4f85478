package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.testkit.ConnectorContract;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in app keeps the connector SPI's contract, as any connector must. */
class BuiltinAppsContractTest {
  @TempDir Path dir;

  private Connector app(String id) {
    return BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()).stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void schedule() {
    Connector app = app("schedule");
    ConnectorContract.of(app, app.connect(Map.of()))
        .triggerInput("tick", Map.of("every", "1h"))
        .verify();
  }

  @Test
  void csv() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "email,name\nana@example.com,Ana\n");
    Connector app = app("csv");
    ConnectorContract.of(app, app.connect(Map.of()))
        .actionInput("read", Map.of("path", in.toString()))
        .actionInput(
            "write",
            Map.of("path", dir.resolve("out.csv").toString(), "rows", List.of(Map.of("a", "1"))))
        .verify();
  }

  @Test
  void json() throws IOException {
    Path in = Files.writeString(dir.resolve("in.json"), "[{\"email\": \"ana@example.com\"}]");
    Connector app = app("json");
    ConnectorContract.of(app, app.connect(Map.of()))
        .actionInput("read", Map.of("path", in.toString()))
        .verify();
  }

  @Test
  void http() {
    Connector app = app("http");
    ConnectorContract.verify(app, app.connect(Map.of()));
  }

  @Test
  void log() {
    Connector app = app("log");
    ConnectorContract.of(app, app.connect(Map.of()))
        .actionInput("info", Map.of("message", "hello"))
        .verify();
  }
}
