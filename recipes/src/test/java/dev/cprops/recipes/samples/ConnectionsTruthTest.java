package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 3: a typo in --connections is an error with a suggestion, never a silent fall
 * back to the demo server; the embedded demo server is used only without a connections file, and
 * the run says so in its first line; a state directory knows its server and warns when it is reused
 * against another one. Through the CLI.
 */
@Tag("slow")
class ConnectionsTruthTest {
  private static DemoServer demo;

  @TempDir Path dir;
  private EmbeddedMockServerProvider embedded;

  @BeforeAll
  static void start() {
    demo = new DemoServer(0);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    demo.server.reseed();
    embedded =
        new EmbeddedMockServerProvider(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            () -> dev.cprops.mock.MockServer.builder().customers(0));
    Files.writeString(
        dir.resolve("in.csv"),
        "Customer Key,Contact Email\nk1,k1@example.com\nk2,k2@example.com\n");
    Files.writeString(
        dir.resolve("recipe.json"),
        """
        {"name": "sync", "trigger": {"app": "schedule", "input": {"every": "1h"}},
         "steps": [
          {"id": "read", "app": "csv", "action": "read", "input": {"path": "{{recipe.dir}}/in.csv"}},
          {"id": "upsert", "app": "customer_properties", "action": "batch_upsert_customers",
           "for_each": "{{steps.read.rows}}", "batch_size": 10,
           "input": {"records": "{{item}}", "match_by": "customer_key", "partner_key": "partner_jane"}}]}
        """);
  }

  private Path connections(String app) throws Exception {
    Map<String, Object> values =
        EmbeddedMockServerProvider.connectionValues(demo.server, "customer_properties")
            .orElseThrow();
    return Files.writeString(dir.resolve("connections.json"), Json.pretty(Map.of(app, values)));
  }

  private RecipeCli run(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                dir.resolve("recipe.json").toString(),
                "--once",
                "--state",
                dir.resolve("state").toString()));
    args.addAll(List.of(more));
    return RecipeCli.run(List.of(embedded), args.toArray(String[]::new));
  }

  @Test
  void aMistypedAppInTheConnectionsFile_isAnErrorWithASuggestion_andNoDemoServerStarts()
      throws Exception {
    Path file = connections("customer_propertie");

    RecipeCli cli = run("--connections", file.toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(3);
    assertThat(cli.err())
        .startsWith(
            "error: connections file "
                + file
                + ": unknown app 'customer_propertie' (did you mean 'customer_properties'?);"
                + " known apps: ");
    assertThat(cli.out()).isEmpty();
    assertThat(embedded.running()).isEmpty();
    assertThat(demo.server.admin().stats().customers()).isZero();
  }

  @Test
  void anAppLeftOutOfTheConnectionsFile_isMissing_notTheDemoServer() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("connections.json"),
            "{\"crm\": {\"base_url\": \"http://127.0.0.1:9/crm/v3\", \"access_token\": \"t\"}}");

    RecipeCli cli = run("--connections", file.toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(3);
    assertThat(cli.err()).contains("app 'customer_properties' needs a connection");
    assertThat(embedded.running()).isEmpty();
  }

  @Test
  void withoutAConnectionsFile_theFirstLineSaysTheDemoServerIsUsed() {
    RecipeCli cli = run();

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out().lines().findFirst().orElseThrow())
        .matches(
            "No connection given for app 'customer_properties': using the embedded demo mock"
                + " server at http://127\\.0\\.0\\.1:\\d+ \\(demo data, gone when the command"
                + " ends\\)");
    assertThat(cli.count("created")).isEqualTo(2);
  }

  @Test
  void aStateDirectoryReusedAgainstAnotherServer_getsAWarning() throws Exception {
    Path file = connections("customer_properties");
    RecipeCli first = run("--connections", file.toString());
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.err()).doesNotContain("warning");
    assertThat(Files.readString(dir.resolve("state/servers.json"))).contains(demo.server.baseUrl());
    RecipeCli again = run("--connections", file.toString());
    assertThat(again.err()).doesNotContain("warning");

    RecipeCli other = run();

    assertThat(other.exitCode()).as(other.out() + other.err()).isZero();
    assertThat(other.err())
        .contains(
            "warning: the state directory "
                + dir.resolve("state")
                + " belongs to "
                + demo.server.baseUrl()
                + " for app 'customer_properties', but this run uses http://127.0.0.1:")
        .contains("use another --state, or delete the directory to start over");
  }
}
