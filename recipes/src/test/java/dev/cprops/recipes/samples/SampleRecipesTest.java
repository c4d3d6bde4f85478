package dev.cprops.recipes.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
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
 * Each sample recipe, run end to end through the CLI against an in-process demo mock server, and
 * checked against the server's and the CRM's state.
 */
@Tag("slow")
class SampleRecipesTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final int CUSTOMERS = 300;
  private static final int COMPANIES = CUSTOMERS + MockServer.DEMO_CRM_PROSPECTS;
  private static DemoServer demo;

  @TempDir Path state;

  @BeforeAll
  static void start() {
    demo = new DemoServer(CUSTOMERS);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @BeforeEach
  void reseed() {
    demo.server.reseed();
  }

  private RecipeCli run(String sample) {
    return RecipeCli.run(
        List.of(demo.provider()),
        "run",
        SAMPLES.resolve(sample).resolve("recipe.json").toString(),
        "--once",
        "--state",
        state.toString());
  }

  @Test
  void exportCsv_isTheCrmsDemoCompanies() throws Exception {
    assertThat(Files.readString(SAMPLES.resolve("crm-export-to-customers/companies.csv")))
        .isEqualTo(MockServer.demoCrmExportCsv(CUSTOMERS));
  }

  @Test
  void crmExport_createsProspects_updatesGrownAccounts_withCanonicalValues_thenChangesNothing() {
    RecipeCli first = run("crm-export-to-customers");

    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.count("created")).isEqualTo(MockServer.DEMO_CRM_PROSPECTS);
    assertThat(first.count("failed")).isZero();
    assertThat(first.count("created") + first.count("updated") + first.count("unchanged"))
        .isEqualTo(COMPANIES);
    // one company in ten grew (seats and MRR); every other value already matches once coerced
    assertThat(first.count("updated")).isBetween(1L, CUSTOMERS / 10L);
    assertThat(first.out())
        .containsPattern(
            "(?m)^  unmapped columns \\(in the input, mapped onto no field or property\\):\\R"
                + "    upsert +(Company Domain Name, Record ID|Record ID, Company Domain Name)$");
    // acct_00001's row: 617-555-0189, USA, "USD 109,652.00", Churn Risk N
    Map<String, Object> meta = demo.customerMeta("acct_00001");
    assertThat(meta)
        .containsEntry("phone", "+16175550189")
        .containsEntry("country", "United States")
        .containsEntry("mrr", "109652.00")
        .containsEntry("churn_risk", false)
        .containsEntry("subscription_plan", "enterprise");
    // acct_00004's row: +49 30 123430, DEU, renewal 10/02/2026
    assertThat(demo.customerMeta("acct_00004"))
        .containsEntry("country", "Germany")
        .containsEntry("renewal_date", "2026-10-02");
    Map<String, Object> prospect = demo.customer("acct_00312");
    assertThat(prospect).containsEntry("partner_key", "partner_jane");

    RecipeCli second = run("crm-export-to-customers");
    assertThat(second.exitCode()).isZero();
    assertThat(second.count("unchanged")).isEqualTo(COMPANIES);
    assertThat(second.count("created") + second.count("updated")).isZero();
  }

  @Test
  void crmChanges_syncEveryCompanyOnce_reportBadValuesWithReasons_thenOnlyNewChanges() {
    RecipeCli first = run("crm-changes-to-customers");

    assertThat(first.exitCode()).as("exit 1: some records failed").isEqualTo(1);
    assertThat(first.count("read")).isEqualTo(COMPANIES);
    assertThat(first.count("failed")).isEqualTo(MockServer.DEMO_CRM_BROKEN);
    assertThat(first.count("created")).isEqualTo(MockServer.DEMO_CRM_PROSPECTS);
    assertThat(first.out())
        .contains("record acct_00008: ")
        .contains("'ask reception' is not valid")
        .contains("'Europe' is not valid")
        .contains("'next spring' is not valid")
        .contains("'TBD' is not valid");
    assertThat(
            first
                .out()
                .lines()
                .filter(l -> l.matches("acct_\\d+ .*: (created|updated|unchanged|failed).*")))
        .hasSize(COMPANIES);

    RecipeCli second = run("crm-changes-to-customers");
    assertThat(second.exitCode()).as(second.out()).isZero();
    assertThat(second.count("read")).isZero();

    demo.patchCompany("acct_00010", Map.of("industry", "Quantum Computing", "seats", "1,234"));
    RecipeCli third = run("crm-changes-to-customers");
    assertThat(third.exitCode()).as(third.out()).isZero();
    assertThat(third.count("read")).isEqualTo(1);
    assertThat(third.count("updated")).isEqualTo(1);
    assertThat(demo.customerMeta("acct_00010"))
        .containsEntry("industry", "Quantum Computing")
        .containsEntry("seats", new java.math.BigDecimal("1234"));
  }

  @Test
  void partnerEdits_areWrittenBackToTheirCrmCompanies() {
    RecipeCli first = run("partner-edits-to-crm");
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();

    String key = partnerCustomer("partner_raj");
    demo.partnerEdit(
        "partner_raj",
        key,
        Map.of("industry", "Robotics", "subscription_plan", "Pro", "region", "Ontario"));
    RecipeCli second = run("partner-edits-to-crm");

    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.count("read")).isEqualTo(1);
    assertThat(second.count("updated")).isEqualTo(1);
    assertThat(demo.company(key))
        .containsEntry("industry", "Robotics")
        .containsEntry("subscription_plan", "pro")
        .containsEntry("state", "Ontario");

    RecipeCli third = run("partner-edits-to-crm");
    assertThat(third.count("read")).isZero();
  }

  @Test
  void propertiesAsCode_createsAndUpdatesDefinitions_thenChangesNothing() {
    RecipeCli first = run("properties-as-code");

    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.count("created")).isEqualTo(2);
    assertThat(first.count("updated")).isEqualTo(1);
    assertThat(first.count("unchanged")).isEqualTo(11);
    RecipeCli second = run("properties-as-code");
    assertThat(second.count("unchanged")).isEqualTo(14);
    assertThat(second.count("created") + second.count("updated")).isZero();
  }

  @Test
  void withoutConnections_theEmbeddedMockServerRunsTheSample() {
    ByteArrayOutputStream notices = new ByteArrayOutputStream();
    EmbeddedMockServerProvider provider =
        new EmbeddedMockServerProvider(
            new PrintStream(notices, true, StandardCharsets.UTF_8),
            dev.cprops.mock.MockServer::builder);
    RecipeCli cli =
        RecipeCli.run(
            List.of(provider),
            "run",
            SAMPLES.resolve("crm-export-to-customers/recipe.json").toString(),
            "--once",
            "--state",
            state.toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(notices.toString(StandardCharsets.UTF_8))
        .matches(
            "Using the embedded mock server at http://127\\.0\\.0\\.1:\\d+ \\(demo data; a partner"
                + " edit made just now: partner_raj changed acct_\\d{5}: industry Robotics, plan"
                + " Pro\\)\\R")
        .doesNotContain(dev.cprops.mock.MockServer.Builder.DEFAULT_SECRET_KEY);
    assertThat(cli.count("created")).isEqualTo(MockServer.DEMO_CRM_PROSPECTS);
    assertThat(cli.count("created") + cli.count("updated") + cli.count("unchanged"))
        .isEqualTo(COMPANIES);
  }

  @Test
  void partnerEdits_onTheEmbeddedServer_writeItsPartnerEditToTheCrmOnTheFirstRun() {
    ByteArrayOutputStream notices = new ByteArrayOutputStream();
    EmbeddedMockServerProvider provider =
        new EmbeddedMockServerProvider(
            new PrintStream(notices, true, StandardCharsets.UTF_8),
            dev.cprops.mock.MockServer::builder);
    RecipeCli cli =
        RecipeCli.run(
            List.of(provider),
            "run",
            SAMPLES.resolve("partner-edits-to-crm/recipe.json").toString(),
            "--once",
            "--state",
            state.toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    java.util.regex.Matcher edited =
        java.util.regex.Pattern.compile("partner_raj changed (acct_\\d{5})")
            .matcher(notices.toString(StandardCharsets.UTF_8));
    assertThat(edited.find()).as(notices.toString(StandardCharsets.UTF_8)).isTrue();
    assertThat(cli.count("read")).isEqualTo(1);
    assertThat(cli.count("updated")).isEqualTo(1);
    assertThat(cli.out())
        .contains(
            edited.group(1) + " -> CRM company updated: plan pro, industry Robotics, country ");
  }

  @SuppressWarnings("unchecked")
  private static String partnerCustomer(String partnerKey) {
    for (int i = 1; i <= CUSTOMERS; i++) {
      String key = String.format("acct_%05d", i);
      if (partnerKey.equals(demo.customer(key).get("partner_key"))) {
        return key;
      }
    }
    throw new AssertionError("no customer of " + partnerKey);
  }
}
