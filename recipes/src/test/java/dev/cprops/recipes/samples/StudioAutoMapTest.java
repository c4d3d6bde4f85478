package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Auto-map" over HTTP with a vendor connection to a mock server: the connector's suggestion for a
 * batch upsert step's columns (the CSV header of its source, or a pasted header line), the given
 * mapping kept, the unmapped columns listed; it changes nothing and refuses cross-site requests.
 */
class StudioAutoMapTest {
  private static final String SAMPLE = "crm-export-to-customers/recipe.json";

  @TempDir static Path dir;
  private static DemoServer demo;
  private static Studio studio;
  private static StudioClient client;

  @BeforeAll
  static void start() throws IOException {
    demo = new DemoServer(5);
    copy(Path.of("samples/crm-export-to-customers"), dir.resolve("crm-export-to-customers"));
    AppRegistry apps =
        AppRegistry.load(
            BuiltinApps.create(new PrintWriter(new StringWriter()), Clock.systemUTC()));
    studio =
        Studio.start(
            dir,
            0,
            apps,
            new Connections(
                Map.of(
                    "customer_properties",
                    EmbeddedMockServerProvider.connectionValues(demo.server, "customer_properties")
                        .orElseThrow()),
                Map.of(),
                List.of()),
            summary -> "summary");
    client = new StudioClient(studio.url());
  }

  @AfterAll
  static void stop() {
    studio.close();
    demo.close();
  }

  @Test
  void editor_offersAutoMap_onTheBatchUpsertStepOnly() {
    String page = client.get("/edit?r=" + encode(SAMPLE)).body();
    assertThat(page)
        .contains("class=\"automap\" data-index=\"1\" data-target=\"f-steps-1-input-mapping\"")
        .doesNotContain("class=\"automap\" data-index=\"0\"");
  }

  @Test
  void autoMap_ofTheCsvSource_keepsTheGivenMapping_listsTheUnmapped_andChangesNothing()
      throws Exception {
    String before = Files.readString(dir.resolve(SAMPLE));
    client.get("/edit?r=" + encode(SAMPLE));

    HttpResponse<String> answer = client.post("/automap", Map.of("r", SAMPLE, "index", "1"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Map<String, Object> json = Json.parseObject(answer.body());
    assertThat(json.get("columns")).asList().hasSize(16).startsWith("Record ID", "Company name");
    assertThat(json.get("source")).isEqualTo("the header of the file step 1 reads");
    assertThat(map(json.get("mapping")))
        .containsEntry("Phone Number", "phone")
        .containsEntry("Country/Region", "country")
        .containsEntry("State/Region", "region")
        .containsEntry("Website URL", "website")
        .containsEntry("Customer Key", "customer_key")
        .containsEntry("Subscription Plan", "meta.subscription_plan")
        .containsEntry("Churn Risk", "meta.churn_risk")
        .doesNotContainKeys("Record ID", "Company Domain Name");
    assertThat(json.get("unmapped")).isEqualTo(List.of("Record ID", "Company Domain Name"));
    assertThat((String) json.get("mappingText")).contains("\"Subscription Plan\"");
    assertThat(answer.body()).doesNotContain(demo.server.secretKey());
    assertThat(Files.readString(dir.resolve(SAMPLE))).isEqualTo(before);
    assertThat(client.get("/checks?r=" + encode(SAMPLE)).body()).contains("\"unsaved\":false");
  }

  @Test
  void autoMap_ofAPastedHeader_quotedNamesIncluded() {
    client.get("/edit?r=" + encode(SAMPLE));
    HttpResponse<String> answer =
        client.post(
            "/automap",
            Map.of(
                "r",
                SAMPLE,
                "index",
                "1",
                "header",
                "Account ID,E-mail,\"Plan, legacy\",Seats,Lead Source"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Map<String, Object> json = Json.parseObject(answer.body());
    assertThat(json.get("source")).isEqualTo("the pasted header");
    assertThat(map(json.get("mapping")))
        .containsEntry("Account ID", "customer_key")
        .containsEntry("E-mail", "email")
        .containsEntry("Seats", "meta.seats")
        .containsEntry("Phone Number", "phone");
    assertThat(json.get("unmapped")).isEqualTo(List.of("Plan, legacy", "Lead Source"));
  }

  @Test
  void autoMap_onAStepWithoutAMapping_saysWhy() {
    client.get("/edit?r=" + encode(SAMPLE));
    HttpResponse<String> answer = client.post("/automap", Map.of("r", SAMPLE, "index", "0"));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("offers no auto-mapping");
  }

  @Test
  void autoMap_crossSite_isRefused() {
    client.get("/edit?r=" + encode(SAMPLE));
    HttpResponse<String> answer =
        client.post(
            "/automap", Map.of("r", SAMPLE, "index", "1"), "http://evil.example", client.token());
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(
            client
                .post("/automap", Map.of("r", SAMPLE, "index", "1"), client.origin(), null)
                .statusCode())
        .isEqualTo(403);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
