package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.studio.Studio;
import dev.cprops.recipes.studio.StudioClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio with real connections (vendor keys, a CRM token) to a mock server: every page it
 * serves, test outputs and run summaries included, holds none of them; "test step" shows typed
 * output and "run once" ends with the summary of {@code run}.
 */
class StudioSecretsTest {
  @TempDir static Path dir;
  private static DemoServer demo;
  private static Studio studio;
  private static StudioClient client;
  private static final List<String> pages = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    demo = new DemoServer(20);
    copy(Path.of("samples"), dir);
    Map<String, Map<String, Object>> values =
        Map.of(
            "customer_properties",
            EmbeddedMockServerProvider.connectionValues(demo.server, "customer_properties")
                .orElseThrow(),
            "crm",
            EmbeddedMockServerProvider.connectionValues(demo.server, "crm").orElseThrow());
    AppRegistry apps =
        AppRegistry.load(
            BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()));
    studio =
        Studio.start(
            dir,
            0,
            apps,
            new Connections(values, Map.of(), List.of()),
            summary -> "Summary of '" + summary.recipe() + "': " + summary.outcome());
    client = new StudioClient(studio.url());
  }

  @AfterAll
  static void stop() {
    studio.close();
    demo.close();
  }

  @Test
  void noPageHoldsAConnectionSecret() throws Exception {
    pages.add(client.get("/").body());
    for (String sample : samples()) {
      String page = client.get("/edit?r=" + encode(sample)).body();
      assertThat(page).contains("Data pills");
      pages.add(page);
      pages.add(client.post("/test", Map.of("r", sample, "index", "0")).body());
    }
    String run = client.post("/run", Map.of("r", "csv-to-log/recipe.json")).body();
    pages.add(run);
    String id = run.replaceAll("(?s).*/run\\?id=(\\d+).*", "$1");
    String done = "";
    for (int i = 0; i < 100 && !done.contains("Run finished"); i++) {
      Thread.sleep(100);
      done = client.get("/run?id=" + id).body();
    }
    pages.add(done);
    assertThat(done).contains("Run finished").contains("Summary of &#39;CSV to log&#39;: OK");
    pages.add(client.get("/edit?r=" + encode("csv-to-log/recipe.json")).body());
    for (String page : pages) {
      assertThat(page)
          .doesNotContain(demo.server.secretKey())
          .doesNotContain(demo.server.crmAccessToken());
    }
  }

  @Test
  void testStep_showsTypedOutput() {
    String output =
        client
            .post("/test", Map.of("r", "crm-export-to-customers/recipe.json", "index", "0"))
            .body();
    assertThat(output)
        .contains("csv.read ran")
        .contains("<span class=\"key\">rows</span> <span class=\"type type-list\">list</span>")
        .contains(
            "<span class=\"key\">Company name</span> <span class=\"type type-text\">text</span>")
        .contains("Driftwood Studios");
  }

  private static List<String> samples() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.getFileName().toString().equals("recipe.json"))
          .map(f -> dir.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
