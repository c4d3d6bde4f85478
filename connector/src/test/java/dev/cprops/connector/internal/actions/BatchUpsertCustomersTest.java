package dev.cprops.connector.internal.actions;

import static dev.cprops.connector.internal.actions.FakeApi.error;
import static dev.cprops.connector.internal.actions.FakeApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.PickOption;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchUpsertCustomersTest {
  private final FakeApi api;

  BatchUpsertCustomersTest() throws IOException {
    api = new FakeApi();
  }

  @AfterEach
  void close() {
    api.close();
  }

  private static String customer(String key, String customerKey, long updatedAt, String meta) {
    return FakeApi.customer(key, customerKey, updatedAt, meta)
        .replace("ana@example.com", customerKey + "@example.com");
  }

  private Action batch() {
    return api.connector.action("batch_upsert_customers").orElseThrow();
  }

  private static Map<String, Object> row(String accountId, String country, String mrr) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("Account ID", accountId);
    row.put("E-mail", accountId + "@example.com");
    row.put("Country", country);
    row.put("Subscription Plan", "Pro");
    row.put("Lead Source", "web");
    if (mrr != null) {
      row.put("Renewal Date", mrr);
    }
    return row;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results(Map<String, Object> out) {
    return (List<Map<String, Object>>) out.get("results");
  }

  @Test
  void autoMapped_created_updated_unchanged_failed_eachReported_unchangedNotWritten() {
    api.on(
        "GET /customers/a1",
        ok(
            customer(
                "cus_a1", "a1", 1, "\"country\":\"United States\",\"subscription_plan\":\"pro\"")));
    api.on(
        "GET /customers/a2",
        ok(customer("cus_a2", "a2", 1, "\"country\":\"France\",\"subscription_plan\":\"pro\"")));
    api.on("PATCH /customers/cus_a2", ok(customer("cus_a2", "a2", 2, "")));
    api.on("GET /customers/a3", error(404, "Not found"));
    api.on("POST /customers", ok(customer("cus_a3", "a3", 1, "")));
    List<Map<String, Object>> rows =
        List.of(
            row("a1", "USA", null),
            row("a2", "Germany", null),
            row("a3", "gb", null),
            row("a4", "Atlantis", "2025-01-01"));

    Map<String, Object> out =
        batch()
            .execute(
                api.vendor(),
                Map.of("records", rows, "partner_key", "partner_jane", "concurrency", 3));

    assertThat(out)
        .containsEntry("total", 4)
        .containsEntry("created", 1)
        .containsEntry("updated", 1)
        .containsEntry("unchanged", 1)
        .containsEntry("failed", 1)
        .containsEntry("unmapped_columns", List.of("Lead Source"));
    assertThat(results(out))
        .extracting(r -> r.get("index") + ":" + r.get("status") + ":" + r.get("changed"))
        .containsExactly(
            "0:unchanged:[]",
            "1:updated:[meta.country]",
            "2:created:[email, meta.country, meta.subscription_plan]",
            "3:failed:[]");
    Map<String, Object> failed = results(out).get(3);
    assertThat(failed)
        .containsEntry("customer_key", "a4")
        .containsEntry("error_field", "meta.country")
        .containsEntry("error_value", "Atlantis")
        .containsEntry("retryable", false)
        .containsEntry("error_status", null);
    assertThat((String) failed.get("error_expected")).contains("alpha-2 code");
    assertThat(api.lines())
        .containsExactlyInAnyOrder(
            "GET /customers/a1",
            "GET /customers/a2",
            "PATCH /customers/cus_a2",
            "GET /customers/a3",
            "POST /customers");
    int patch = api.lines().indexOf("PATCH /customers/cus_a2");
    assertThat(api.body(patch)).isEqualTo("{\"meta\":{\"country\":\"DE\"}}");
    int post = api.lines().indexOf("POST /customers");
    assertThat(api.body(post))
        .isEqualTo(
            "{\"email\":\"a3@example.com\",\"partner_key\":\"partner_jane\",\"customer_key\":\"a3\","
                + "\"meta\":{\"country\":\"GB\",\"subscription_plan\":\"pro\"}}");
  }

  @Test
  void aServerErrorFailsOnlyItsRecord() {
    api.on("GET /customers/a1", error(500, "boom"));
    api.on(
        "GET /customers/a2",
        ok(
            customer(
                "cus_a2", "a2", 1, "\"country\":\"United States\",\"subscription_plan\":\"pro\"")));

    Map<String, Object> out =
        batch()
            .execute(
                api.vendor(),
                Map.of("records", List.of(row("a1", "US", null), row("a2", "US", null))));

    assertThat(out).containsEntry("failed", 1).containsEntry("unchanged", 1);
    assertThat((String) results(out).get(0).get("error")).contains("500");
  }

  @Test
  void explicitMapping_usesOnlyTheMappedColumns_andRejectsUnknownTargets() {
    api.on("GET /customers/a1", ok(customer("cus_a1", "a1", 1, "")));
    api.on("PATCH /customers/cus_a1", ok(customer("cus_a1", "a1", 2, "")));
    Map<String, Object> mapping =
        Map.of("Account ID", "customer_key", "Plan Name", "meta.subscription_plan");

    Map<String, Object> out =
        batch()
            .execute(
                api.vendor(),
                Map.of(
                    "auto_map",
                    false,
                    "mapping",
                    mapping,
                    "records",
                    List.of(Map.of("Account ID", "a1", "Plan Name", "starter", "Country", "US"))));

    assertThat(out)
        .containsEntry("updated", 1)
        .containsEntry("unmapped_columns", List.of("Country"));
    assertThat(api.body(1)).isEqualTo("{\"meta\":{\"subscription_plan\":\"starter\"}}");

    assertThatThrownBy(
            () ->
                batch()
                    .execute(
                        api.vendor(),
                        Map.of("mapping", Map.of("Plan", "plan_x"), "records", List.of())))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "mapping.Plan: 'plan_x' is not valid; expected email, name, customer_key, partner_key"
                + " or the api_name of a property");
  }

  @Test
  void partner_writesOnlyEditableValues_andFailsReadOnlyOnes() {
    api.on("GET /partner/customers/a1", ok(customer("cus_a1", "a1", 1, "\"country\":\"France\"")));
    api.on("PATCH /partner/customers/cus_a1", ok(customer("cus_a1", "a1", 2, "")));
    List<Map<String, Object>> rows =
        List.of(
            Map.of("customer_key", "a1", "country", "Germany"),
            Map.of("customer_key", "a2", "mrr", "100"));

    Map<String, Object> out = batch().execute(api.partner(), Map.of("records", rows));

    assertThat(out).containsEntry("updated", 1).containsEntry("failed", 1);
    assertThat(results(out).get(1))
        .containsEntry("error_field", "meta.mrr")
        .containsEntry("error_expected", "an editable property; 'mrr' is read-only");
    assertThat(api.lines())
        .containsExactly("GET /partner/customers/a1", "PATCH /partner/customers/cus_a1");
  }

  @Test
  void slowsDownWhenTheRateLimitRunsOut_waitingForTheReset() {
    long resetSeconds = FakeApi.NOW.getEpochSecond() + 3;
    MockResponse nearlyOut =
        new MockResponse.Builder(
                ok(
                    customer(
                        "cus_a1",
                        "a1",
                        1,
                        "\"country\":\"United States\",\"subscription_plan\":\"pro\"")))
            .setHeader("X-RateLimit-Limit", "100")
            .setHeader("X-RateLimit-Remaining", "0")
            .setHeader("X-RateLimit-Reset", Long.toString(resetSeconds))
            .build();
    api.on("GET /customers/a1", nearlyOut);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rows.add(row("a1", "US", null));
    }

    Map<String, Object> out =
        batch().execute(api.vendor(), Map.of("records", rows, "concurrency", 1));

    assertThat(out).containsEntry("unchanged", 4);
    assertThat(api.sleeps)
        .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void aRecordThatIsNotAnObjectFailsAlone() {
    api.on("GET /customers/a1", ok(customer("cus_a1", "a1", 1, "")));

    Map<String, Object> out =
        batch()
            .execute(
                api.vendor(), Map.of("records", List.of("junk", Map.of("customer_key", "a1"))));

    assertThat(out).containsEntry("failed", 1).containsEntry("unchanged", 1);
    assertThat(results(out).get(0))
        .containsEntry(
            "error", "customer_key is required: expected a customer_key to match the customer by");
  }

  @Test
  void mappingTargets_arePickedFromTheLiveProperties_theConnectionMayWrite() {
    Field mapping =
        batch().inputFields(null).stream()
            .filter(f -> f.name().equals("mapping"))
            .findFirst()
            .orElseThrow();
    assertThat(mapping.pickList()).isEqualTo(BatchUpsertCustomersAction.MAPPING_TARGETS);
    PickList targets = api.connector.pickList(mapping.pickList()).orElseThrow();
    assertThat(targets.options(null)).as("no connection, no properties").isEmpty();

    List<String> vendor = targets.options(api.vendor()).stream().map(PickOption::value).toList();
    assertThat(vendor.subList(0, 4))
        .containsExactly("email", "name", "customer_key", "partner_key");
    assertThat(vendor).contains("mrr", "notes", "subscription_plan", "meta.mrr", "meta.notes");

    List<String> partner = targets.options(api.partner()).stream().map(PickOption::value).toList();
    assertThat(partner)
        .as("a partner writes editable properties only")
        .contains("email", "subscription_plan", "country", "meta.country")
        .doesNotContain("mrr", "notes", "meta.mrr", "meta.notes");
    assertThat(api.lines()).as("only the definitions were read").isEmpty();
  }
}
