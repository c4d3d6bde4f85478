package dev.cprops.connector.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.client.HttpLogger;
import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.Manifest;
import dev.cprops.connector.spi.PollResult;
import dev.cprops.connector.spi.PollingTrigger;
import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every action and trigger against the real mock server (in-process) with its demo data. */
@Tag("slow")
@MockServerTest(customers = 50)
class ConnectorIntegrationTest {
  private final CustomerPropertiesConnector connector =
      new CustomerPropertiesConnector(
          b -> b.logger(line -> {}, HttpLogger.Level.NONE), Clock.systemUTC());
  private MockServerInfo server;

  @BeforeEach
  void reseed(MockServerInfo server) {
    this.server = server;
    server.reseed();
  }

  private Connection vendor() {
    return connector.connect(
        Map.of(
            "base_url", server.baseUrl(),
            "auth_type", "vendor",
            "public_key", server.publicKey(),
            "secret_key", server.secretKey()));
  }

  private Connection partner() {
    return connector.connect(
        Map.of(
            "base_url", server.baseUrl(),
            "auth_type", "partner",
            "partner_api_key", server.partnerKey("partner_jane")));
  }

  private Action action(String id) {
    return connector.action(id).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void fieldsAreGeneratedFromTheDemoDefinitions_shapedByConnectionKind() {
    Field vendorMeta =
        action("update_customer").inputFields(vendor()).stream()
            .filter(f -> f.name().equals("meta"))
            .findFirst()
            .orElseThrow();
    Field partnerMeta =
        action("update_customer").inputFields(partner()).stream()
            .filter(f -> f.name().equals("meta"))
            .findFirst()
            .orElseThrow();

    assertThat(vendorMeta.properties()).hasSize(12);
    assertThat(partnerMeta.properties())
        .extracting(Field::name)
        .containsExactlyInAnyOrder("subscription_plan", "industry", "country", "region");
    assertThat(Manifest.describe(connector, vendor())).contains("\"batch_upsert_customers\"");
  }

  @Test
  void valuesRoundTripUnchanged_andASecondUpsertWritesNothing() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("subscription_plan", "Enterprise");
    meta.put("mrr", "$1,200");
    meta.put("seats", "1,500");
    meta.put("renewal_date", "03/15/2026");
    meta.put("country", "USA");
    meta.put("website", "acme.example");
    meta.put("phone", "(415) 555-0100");
    meta.put("billing_email", " Billing@ACME.example ");
    meta.put("churn_risk", "yes");
    Map<String, Object> input =
        Map.of(
            "customer_key", "it_1",
            "email", "it1@acme.example",
            "partner_key", "partner_jane",
            "meta", meta);

    Map<String, Object> created = action("upsert_customer").execute(vendor(), input);
    Map<String, Object> again = action("upsert_customer").execute(vendor(), input);
    Map<String, Object> read =
        action("get_customer").execute(vendor(), Map.of("customer_key", "it_1"));

    assertThat(created).containsEntry("status", "created");
    assertThat(again).containsEntry("status", "unchanged");
    assertThat(map(read.get("meta")))
        .containsEntry("subscription_plan", "enterprise")
        .containsEntry("mrr", new BigDecimal("1200.00"))
        .containsEntry("seats", new BigDecimal("1500"))
        .containsEntry("renewal_date", LocalDate.of(2026, 3, 15))
        .containsEntry("country", "United States")
        .containsEntry("website", "https://acme.example")
        .containsEntry("phone", "+14155550100")
        .containsEntry("billing_email", "Billing@acme.example")
        .containsEntry("churn_risk", true);
  }

  @Test
  void partner_updatesEditable_refusesReadOnly_cannotCreate() {
    Map<String, Object> first =
        map(
            ((List<?>)
                    action("search_customers")
                        .execute(partner(), Map.of("limit", 1))
                        .get("customers"))
                .get(0));
    String key = (String) first.get("key");

    Map<String, Object> updated =
        action("update_customer")
            .execute(partner(), Map.of("key", key, "meta", Map.of("country", "germany")));
    assertThat(map(updated.get("meta"))).containsEntry("country", "Germany");

    assertThatThrownBy(
            () ->
                action("update_customer")
                    .execute(partner(), Map.of("key", key, "meta", Map.of("mrr", "1"))))
        .isInstanceOf(InputException.class);
    assertThatThrownBy(
            () ->
                action("create_customer")
                    .execute(
                        partner(), Map.of("email", "x@y.example", "partner_key", "partner_jane")))
        .isInstanceOf(InputException.class);
  }

  @Test
  void propertyActions_andSchemaSyncIsIdempotent() {
    List<Map<String, Object>> desired =
        List.of(
            Map.of("api_name", "industry", "label", "Industry (CRM)", "type", "input"),
            Map.of(
                "api_name", "health", "label", "Health", "type", "number", "access", "read_only"));

    Map<String, Object> first =
        action("sync_property_schema").execute(vendor(), Map.of("properties", desired));
    Map<String, Object> second =
        action("sync_property_schema").execute(vendor(), Map.of("properties", desired));

    assertThat(first).containsEntry("created", 1).containsEntry("updated", 1);
    assertThat(second)
        .containsEntry("unchanged", 2)
        .containsEntry("created", 0)
        .containsEntry("updated", 0);
    action("archive_property").execute(vendor(), Map.of("api_name", "health"));
    assertThat(action("list_properties").execute(vendor(), Map.of())).containsEntry("count", 12);
    assertThatThrownBy(
            () ->
                action("create_property")
                    .execute(vendor(), Map.of("label", "Industry", "type", "input")))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void batchUpsert_createsUpdatesSkipsAndFails_perRecord() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("Account ID", "batch_" + i);
      row.put("Email", "b" + i + "@acme.example");
      row.put("Country", i % 2 == 0 ? "UK" : "france");
      row.put("MRR", i == 7 ? "lots" : "$" + (100 + i));
      rows.add(row);
    }
    Map<String, Object> input = Map.of("records", rows, "partner_key", "partner_raj");

    Map<String, Object> first = action("batch_upsert_customers").execute(vendor(), input);
    Map<String, Object> second = action("batch_upsert_customers").execute(vendor(), input);

    assertThat(first).containsEntry("created", 199).containsEntry("failed", 1);
    assertThat(second).containsEntry("unchanged", 199).containsEntry("failed", 1);
  }

  @Test
  void triggers_underFourConcurrentWriters_emitEveryFinalVersion_noDuplicates() throws Exception {
    PollingTrigger trigger =
        (PollingTrigger) connector.trigger("new_or_updated_customer").orElseThrow();
    Connection vendor = vendor();
    List<String> keys =
        ((List<?>) action("search_customers").execute(vendor, Map.of("limit", 50)).get("customers"))
            .stream().map(c -> (String) map(c).get("key")).toList();
    long start = System.currentTimeMillis() - 1000;
    ExecutorService writers = Executors.newFixedThreadPool(4);
    AtomicBoolean failed = new AtomicBoolean();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      writers.execute(
          () -> {
            for (int i = 0; i < 1250; i++) {
              String key = keys.get((writer * 1250 + i) % keys.size());
              try {
                action("update_customer")
                    .execute(
                        vendor,
                        Map.of("key", key, "meta", Map.of("industry", "w" + writer + "_" + i)));
              } catch (RuntimeException e) {
                failed.set(true);
              }
            }
          });
    }
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    Map<String, Long> latest = new ConcurrentHashMap<>();
    String cursor = null;
    writers.shutdown();
    boolean done = false;
    while (!done) {
      done = writers.isTerminated();
      PollResult result = trigger.poll(vendor, Map.of("since", start), cursor);
      for (Map<String, Object> event : result.events()) {
        String dedup = trigger.dedupKey(event);
        if (!seen.add(dedup)) {
          duplicates.add(dedup);
        }
        latest.merge(
            (String) event.get("key"),
            Long.parseLong(dedup.substring(dedup.indexOf('@') + 1)),
            Math::max);
      }
      cursor = result.nextCursor() != null ? result.nextCursor() : cursor;
      done = done && !result.canPollMore() && result.events().isEmpty();
    }
    writers.awaitTermination(1, TimeUnit.MINUTES);

    assertThat(failed).isFalse();
    assertThat(duplicates).isEmpty();
    for (String key : keys) {
      Map<String, Object> stored = action("get_customer").execute(vendor, Map.of("key", key));
      long updatedAt = java.time.Instant.parse((String) stored.get("updated_at")).toEpochMilli();
      assertThat(latest.get(key)).as(key).isEqualTo(updatedAt);
    }
  }

  private static final List<String> CRM_EXPORT_HEADER =
      List.of(
          "Record ID",
          "Company name",
          "Customer Key",
          "Company Domain Name",
          "Contact Email",
          "Phone Number",
          "Country/Region",
          "State/Region",
          "Industry",
          "Website URL",
          "Subscription Plan",
          "MRR",
          "Seats",
          "Renewal Date",
          "Churn Risk",
          "Billing Email");

  @Test
  void suggestMapping_vendor_mapsTheCrmHeaderOntoTheLiveProperties_keepsTheGivenMapping() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("columns", CRM_EXPORT_HEADER);
    input.put(
        "mapping",
        Map.of("Phone Number", "phone", "Country/Region", "meta.country", "Old Notes", "notes"));

    Map<String, Object> out = action("suggest_mapping").execute(vendor(), input);

    assertThat(map(out.get("mapping")))
        .containsEntry("Customer Key", "customer_key")
        .containsEntry("Phone Number", "phone")
        .containsEntry("Country/Region", "meta.country")
        .containsEntry("Subscription Plan", "meta.subscription_plan")
        .containsEntry("MRR", "meta.mrr")
        .containsEntry("Billing Email", "meta.billing_email")
        .containsEntry("Old Notes", "notes");
    assertThat(out.get("unmapped"))
        .isEqualTo(List.of("Record ID", "Company Domain Name", "State/Region", "Website URL"));
  }

  @Test
  void suggestMapping_partner_mapsOnlyWhatThePartnerMayEdit_namesTheConflicts() {
    Map<String, Object> out =
        action("suggest_mapping").execute(partner(), Map.of("columns", CRM_EXPORT_HEADER));

    assertThat(map(out.get("mapping")))
        .containsEntry("Subscription Plan", "meta.subscription_plan")
        .doesNotContainKeys("MRR", "Seats", "Phone Number", "Billing Email");
    assertThat(out.get("unmapped")).asList().contains("MRR", "Seats", "Billing Email");

    Map<String, Object> tie =
        action("suggest_mapping").execute(partner(), Map.of("columns", List.of("Email", "E-mail")));
    assertThat(map(tie.get("mapping"))).isEmpty();
    Map<String, Object> conflict = new LinkedHashMap<>();
    conflict.put("target", "email");
    conflict.put("columns", List.of("Email", "E-mail"));
    conflict.put("chosen", null);
    assertThat(tie.get("conflicts")).isEqualTo(List.of(conflict));
  }

  @Test
  void suggestMapping_refusesATargetThePartnerCannotWrite_andBadColumns() {
    assertThatThrownBy(
            () ->
                action("suggest_mapping")
                    .execute(
                        partner(),
                        Map.of("columns", List.of("MRR"), "mapping", Map.of("MRR", "mrr"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("mapping.MRR");
    assertThatThrownBy(
            () ->
                action("suggest_mapping")
                    .execute(vendor(), Map.of("columns", List.of("Plan", "Plan"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("columns[1]");
  }
}
