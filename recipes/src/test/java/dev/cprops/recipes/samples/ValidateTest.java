package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.adminclient.Stats;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import dev.cprops.recipes.failure.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recipe validate} and {@code validate --live}, run through the CLI: connections that do not
 * resolve, pills that point nowhere, literal values the schema rejects, and, live against a real
 * mock server on 127.0.0.1, rejected credentials, an unreachable server and mappings onto
 * properties that do not exist or that the connection cannot write. Live checks only read.
 */
class ValidateTest {
  private static DemoServer demo;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() {
    demo = new DemoServer(MockServer.builder().customers(20).journal(true).build().start());
  }

  @AfterAll
  static void stopServer() {
    demo.close();
  }

  @BeforeEach
  void clearJournal() {
    demo.clearJournal();
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /**
   * A connections file for both sample apps against the demo server, customer_properties as given.
   */
  private Path connections(Map<String, Object> customerProperties) throws Exception {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("customer_properties", customerProperties);
    all.put(
        "crm",
        Map.of("base_url", demo.server.crmBaseUrl(), "access_token", demo.server.crmAccessToken()));
    return write("connections.json", Json.compact(all));
  }

  private Map<String, Object> vendor() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("base_url", demo.server.baseUrl());
    values.put("auth_type", "vendor");
    values.put("public_key", demo.server.publicKey());
    values.put("secret_key", demo.server.secretKey());
    return values;
  }

  private Map<String, Object> partner(String partnerKey) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("base_url", demo.server.baseUrl());
    values.put("auth_type", "partner");
    values.put("partner_api_key", demo.server.partnerKeys().get(partnerKey));
    return values;
  }

  /** A one-step recipe: a schedule, then {@code customer_properties.ACTION} with the input. */
  private Path upsertRecipe(String action, String input) throws Exception {
    return write(
        "recipe.json",
        """
        {"name": "v", "trigger": {"app": "schedule", "input": {"every": "1h"}},
         "steps": [{"id": "upsert", "app": "customer_properties", "action": "%s", "input": %s}]}
        """
            .formatted(action, input));
  }

  private static RecipeCli validate(String... args) {
    List<String> all = new ArrayList<>(List.of("validate"));
    all.addAll(List.of(args));
    return RecipeCli.run(List.of(), all.toArray(String[]::new));
  }

  private static void assertOnlyReads(List<String> journal) {
    assertThat(journal).isNotEmpty().allMatch(line -> line.startsWith("GET "));
  }

  // ---- connections resolve (offline) ----

  @Test
  void connections_thatDoNotResolve_areReportedOffline_namingTheField_withoutTheSecret()
      throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("base_url", demo.server.baseUrl());
    values.put("auth_type", "vendr");
    values.put("public_key", demo.server.publicKey());
    values.put("secret_kay", "s3cr3t-value");
    Path file = write("c.json", Json.compact(Map.of("customer_properties", values)));
    Path recipe = upsertRecipe("upsert_customer", "{\"customer_key\": \"k1\"}");
    long served = demo.server.requestsServed();

    RecipeCli cli = validate(recipe.toString(), "--connections", file.toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(3);
    assertThat(cli.out())
        .isEqualTo(
            recipe
                + ": 2 problems\n"
                + "  connections.customer_properties.auth_type: 'vendr' is not an option of"
                + " 'Authentication type'; expected vendor or partner (did you mean 'vendor'?)\n"
                + "  connections.customer_properties.secret_kay: unknown field 'secret_kay' (did"
                + " you mean 'secret_key'?); expected 'base_url', 'auth_type', 'public_key',"
                + " 'secret_key', 'partner_api_key', 'default_phone_region', 'date_formats',"
                + " 'coercion' or 'round_currency'\n");
    assertThat(cli.out() + cli.err()).doesNotContain("s3cr3t-value");
    assertThat(demo.server.requestsServed()).as("offline sends nothing").isEqualTo(served);
  }

  @Test
  void anAppTheConnectionsFileLeavesOut_isMissing_withTheVariableToSetIt() throws Exception {
    Path file = write("c.json", Json.compact(Map.of("customer_properties", vendor())));
    Path recipe =
        write(
            "recipe.json",
            """
            {"name": "v", "trigger": {"app": "crm", "trigger": "new_or_updated_company"},
             "steps": [{"id": "log", "app": "log", "action": "info", "input": {"message": "{{trigger.id}}"}}]}
            """);
    RecipeCli cli = validate(recipe.toString(), "--connections", file.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.out())
        .isEqualTo(
            recipe
                + ": 1 problem\n"
                + "  connections.crm.base_url: app 'crm' needs a connection: 'base_url' is required"
                + " (a value for 'Base URL');"
                + " give it in --connections FILE under \"crm\" or as RECIPE_CRM_BASE_URL\n");
  }

  // ---- pills ----

  @Test
  void pills_nameStepsThatExist_andFieldsThoseStepsOutput_withAndWithoutConnections()
      throws Exception {
    Path recipe =
        write(
            "recipe.json",
            """
            {"name": "v", "trigger": {"app": "schedule", "input": {"every": "1h"}},
             "steps": [
               {"id": "read", "app": "csv", "action": "read", "input": {"path": "in.csv"}},
               {"id": "upsert", "app": "customer_properties", "action": "batch_upsert_customers",
                "for_each": "{{steps.read.rowz}}", "batch_size": 10,
                "input": {"records": "{{item}}", "partner_key": "{{steps.reed.rows}}"}},
               {"id": "log", "app": "log", "action": "info",
                "input": {"message": "{{steps.upsert.faild}} {{trigger.scheduled_at}} {{steps.upsert.failed}}"}}]}
            """);
    String expected =
        recipe
            + ": 3 problems\n"
            + "  steps[1] (upsert).for_each: pill {{steps.read.rowz}} points nowhere: step 'read'"
            + " has no output field 'rowz' (did you mean 'rows'?)\n"
            + "  steps[1] (upsert).input.partner_key: pill {{steps.reed.rows}} points to unknown"
            + " step 'reed' (did you mean 'read'?)\n"
            + "  steps[2] (log).input.message: pill {{steps.upsert.faild}} points nowhere: step"
            + " 'upsert' has no output field 'faild' (did you mean 'failed'?)\n";

    RecipeCli without =
        RecipeCli.run(List.of(new EmbeddedMockServerProvider()), "validate", recipe.toString());
    assertThat(without.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(without.out()).isEqualTo(expected);

    RecipeCli with = validate(recipe.toString(), "--connections", connections(vendor()).toString());
    assertThat(with.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(with.out()).isEqualTo(expected);
  }

  @Test
  void live_pillsAreCheckedAgainstTheLiveOutputFields() throws Exception {
    Path recipe =
        write(
            "recipe.json",
            """
            {"name": "v", "trigger": {"app": "customer_properties", "trigger": "new_or_updated_customer"},
             "steps": [
               {"id": "log", "app": "log", "action": "info",
                "input": {"message": "{{trigger.meta.industry}} {{trigger.meta.industy}}"}}]}
            """);
    Path file = connections(vendor());
    RecipeCli offline = validate(recipe.toString(), "--connections", file.toString());
    assertThat(offline.exitCode()).as(offline.out()).isZero();

    RecipeCli live = validate(recipe.toString(), "--live", "--connections", file.toString());
    assertThat(live.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(live.out())
        .startsWith(
            recipe
                + ": 1 problem\n"
                + "  steps[0] (log).input.message: pill {{trigger.meta.industy}} points nowhere:"
                + " trigger 'customer_properties.new_or_updated_customer' has no output field"
                + " 'industy' (did you mean 'industry'?)\n");
  }

  // ---- literal values ----

  @Test
  void literalValues_areCheckedAgainstTheSchema_offline() throws Exception {
    Path recipe =
        upsertRecipe(
            "batch_upsert_customers",
            """
            {"records": "abc", "match_by": "phone", "concurrency": "abc", "auto_map": "maybe",
             "mach_by": "email"}
            """);
    RecipeCli cli =
        RecipeCli.run(List.of(new EmbeddedMockServerProvider()), "validate", recipe.toString());
    assertThat(cli.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(cli.out())
        .isEqualTo(
            recipe
                + ": 4 problems\n"
                + "  steps[0] (upsert).input.records: 'abc' is a string, not a list; expected a"
                + " list of objects ('Records')\n"
                + "  steps[0] (upsert).input.match_by: 'phone' is not an option of 'Match by';"
                + " expected customer_key or email\n"
                + "  steps[0] (upsert).input.concurrency: 'abc' is not a number; expected a whole"
                + " number ('Concurrency')\n"
                + "  steps[0] (upsert).input.auto_map: 'maybe' is not true or false; expected true"
                + " or false ('Auto-map columns')\n");
  }

  @Test
  void live_unknownInputKeys_andMetaKeys_areCheckedAgainstTheLiveSchema() throws Exception {
    Path recipe =
        upsertRecipe(
            "upsert_customer",
            """
            {"customer_key": "k1", "mach_by": "email",
             "meta": {"seets": 3, "subscription_plan": "pro", "industry": "Retail"}}
            """);
    RecipeCli cli =
        validate(recipe.toString(), "--live", "--connections", connections(vendor()).toString());
    assertThat(cli.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(cli.out())
        .contains(
            "  steps[0] (upsert).input.mach_by: unknown field 'mach_by' (did you mean"
                + " 'match_by'?); expected 'match_by', ")
        .contains(
            "  steps[0] (upsert).input.meta.seets: unknown field 'seets' (did you mean 'seats'?);"
                + " expected 'subscription_plan', ")
        .contains("2 problems");
    assertOnlyReads(demo.journal());
  }

  // ---- live: credentials, reachability ----

  @Test
  void live_aWrongSecret_isReported_andExitsThree_withoutShowingIt() throws Exception {
    Map<String, Object> wrong = vendor();
    wrong.put("secret_key", "not-the-secret");
    Path recipe = upsertRecipe("upsert_customer", "{\"customer_key\": \"k1\"}");
    Path file = connections(wrong);

    RecipeCli offline = validate(recipe.toString(), "--connections", file.toString());
    assertThat(offline.exitCode()).as("offline cannot know").isZero();

    RecipeCli live = validate(recipe.toString(), "--live", "--connections", file.toString());
    assertThat(live.exitCode()).isEqualTo(3);
    assertThat(live.out())
        .isEqualTo(
            recipe
                + ": 1 problem\n"
                + "  connections.customer_properties: rejected by the server at "
                + demo.server.baseUrl()
                + ": Connection failed: the API rejected the public key"
                + " and secret key (401 Unauthorized). Check them in the connection settings.\n");
    assertThat(live.out() + live.err()).doesNotContain("not-the-secret");
    assertOnlyReads(demo.journal());
  }

  @Test
  void live_aMissingSecretForTheAuthType_namesTheField() throws Exception {
    Map<String, Object> values = vendor();
    values.remove("secret_key");
    Path recipe = upsertRecipe("upsert_customer", "{\"customer_key\": \"k1\"}");
    RecipeCli live =
        validate(recipe.toString(), "--live", "--connections", connections(values).toString());
    assertThat(live.exitCode()).isEqualTo(3);
    assertThat(live.out())
        .startsWith(recipe + ": 1 problem\n  connections.customer_properties.secret_key: ");
  }

  @Test
  @Tag("slow") // the connector retries a refused connection with backoff: about 8 s
  void live_anUnreachableServer_isReported() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Map<String, Object> values = vendor();
    String url = "http://127.0.0.1:" + closedPort + "/api/v2";
    values.put("base_url", url);
    Path recipe = upsertRecipe("upsert_customer", "{\"customer_key\": \"k1\"}");
    RecipeCli live =
        validate(recipe.toString(), "--live", "--connections", connections(values).toString());
    assertThat(live.exitCode())
        .as(live.out() + live.err())
        .isEqualTo(ExitCode.SERVER_UNREACHABLE.code());
    assertThat(live.out())
        .startsWith(
            recipe
                + ": 1 problem\n"
                + "  connections.customer_properties: cannot reach the server at "
                + url
                + ": ");
  }

  // ---- live: mapped keys exist ----

  @Test
  void live_aMappingOntoAPropertyThatDoesNotExist_isReported_withASuggestion_readingOnly()
      throws Exception {
    Path recipe =
        upsertRecipe(
            "batch_upsert_customers",
            """
            {"records": [], "mapping": {"Phone Number": "phne", "Country": "country", "Plan": "meta.subscription_plan"}}
            """);
    Path file = connections(vendor());
    Stats before = demo.server.admin().stats();

    RecipeCli offline = validate(recipe.toString(), "--connections", file.toString());
    assertThat(offline.exitCode()).as("offline has no property list").isZero();

    RecipeCli live = validate(recipe.toString(), "--live", "--connections", file.toString());
    assertThat(live.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(live.out())
        .startsWith(
            recipe
                + ": 1 problem\n"
                + "  steps[0] (upsert).input.mapping.Phone Number: 'phne' is not an option of"
                + " 'Column mapping' for this connection; expected one of email, name,"
                + " customer_key, partner_key, ")
        .contains("(did you mean 'phone'?)\n")
        .contains(
            "  checked: customer_properties: connection accepted by the server at "
                + demo.server.baseUrl()
                + "\n");
    assertOnlyReads(demo.journal());
    Stats after = demo.server.admin().stats();
    assertThat(after.properties()).isEqualTo(before.properties());
    assertThat(after.customers()).isEqualTo(before.customers());
    assertThat(after.webhooks()).isEqualTo(before.webhooks());
  }

  @Test
  void live_aPartnerConnection_cannotMapOntoAVendorOnlyProperty() throws Exception {
    Path recipe =
        upsertRecipe(
            "batch_upsert_customers",
            """
            {"records": [], "mapping": {"Phone Number": "phone", "Plan": "subscription_plan"}}
            """);
    RecipeCli asVendor =
        validate(recipe.toString(), "--live", "--connections", connections(vendor()).toString());
    assertThat(asVendor.exitCode()).as(asVendor.out()).isZero();

    RecipeCli asPartner =
        validate(
            recipe.toString(),
            "--live",
            "--connections",
            connections(partner("partner_jane")).toString());
    assertThat(asPartner.exitCode()).isEqualTo(ExitCode.RECIPE_INVALID.code());
    assertThat(asPartner.out())
        .startsWith(
            recipe
                + ": 1 problem\n"
                + "  steps[0] (upsert).input.mapping.Phone Number: 'phone' is not an option of"
                + " 'Column mapping' for this connection; expected ")
        .doesNotContain("'phone'?");
    assertOnlyReads(demo.journal());
  }

  // ---- the samples ----

  @Test
  @Tag("slow") // starts an embedded demo server per sample
  void everySample_validatesClean_offlineAndLive_againstTheEmbeddedDemoData() throws Exception {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.map(d -> d.resolve("recipe.json")).filter(Files::exists).sorted().toList();
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(6);
    for (Path sample : samples) {
      ByteArrayOutputStream notices = new ByteArrayOutputStream();
      EmbeddedMockServerProvider embedded =
          new EmbeddedMockServerProvider(
              new PrintStream(notices, true, StandardCharsets.UTF_8), MockServer::builder);
      RecipeCli offline = RecipeCli.run(List.of(embedded), "validate", sample.toString());
      assertThat(offline.exitCode()).as(offline.out()).isZero();
      assertThat(offline.out()).contains(": ok (");
      assertThat(embedded.running()).as("offline starts no server").isEmpty();

      RecipeCli live = RecipeCli.run(List.of(embedded), "validate", sample.toString(), "--live");
      assertThat(live.exitCode()).as(sample + "\n" + live.out() + live.err()).isZero();
      assertThat(live.out()).contains(", checked live)\n");
    }
  }
}
