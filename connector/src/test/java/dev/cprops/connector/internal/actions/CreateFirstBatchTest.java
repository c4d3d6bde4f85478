package dev.cprops.connector.internal.actions;

import static dev.cprops.connector.internal.actions.FakeApi.error;
import static dev.cprops.connector.internal.actions.FakeApi.fieldError;
import static dev.cprops.connector.internal.actions.FakeApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Action;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batch's adaptive order (one record at a time, so the order of requests is exact): once a
 * record turned out new, the next ones are created first; a create that meets an existing customer
 * still ends in exactly what a lookup would have done. With as many existing records as new ones
 * behind it, the next record is looked up first again.
 */
class CreateFirstBatchTest {
  private final FakeApi api;

  CreateFirstBatchTest() throws IOException {
    api = new FakeApi();
  }

  @AfterEach
  void close() {
    api.close();
  }

  private static String customer(String customerKey, String country) {
    return FakeApi.customer(
            "cus_" + customerKey,
            customerKey,
            1,
            "\"country\":\"" + country + "\",\"subscription_plan\":\"pro\"")
        .replace("ana@example.com", customerKey + "@example.com");
  }

  private static Map<String, Object> row(String customerKey, String country) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("customer_key", customerKey);
    row.put("email", customerKey + "@example.com");
    row.put("Country", country);
    row.put("Subscription Plan", "Pro");
    return row;
  }

  private Map<String, Object> run(List<Map<String, Object>> rows) {
    Action batch = api.connector.action("batch_upsert_customers").orElseThrow();
    return batch.execute(
        api.vendor(), Map.of("records", rows, "partner_key", "partner_jane", "concurrency", 1));
  }

  @SuppressWarnings("unchecked")
  private static List<String> statuses(Map<String, Object> out) {
    return ((List<Map<String, Object>>) out.get("results"))
        .stream().map(r -> r.get("status") + ":" + r.get("changed")).toList();
  }

  @Test
  void anInitialLoadCreatesFirst_oneRequestPerNewRecord() {
    api.on("GET /customers/a1", error(404, "Not found"));
    api.on(
        "POST /customers",
        ok(customer("a1", "United States")),
        ok(customer("a2", "United States")),
        ok(customer("a3", "United States")));

    Map<String, Object> out = run(List.of(row("a1", "USA"), row("a2", "USA"), row("a3", "USA")));

    assertThat(out).containsEntry("created", 3).containsEntry("failed", 0);
    assertThat(api.lines())
        .containsExactly(
            "GET /customers/a1", "POST /customers", "POST /customers", "POST /customers");
    assertThat(api.body(3))
        .isEqualTo(
            "{\"email\":\"a3@example.com\",\"partner_key\":\"partner_jane\",\"customer_key\":\"a3\","
                + "\"meta\":{\"country\":\"US\",\"subscription_plan\":\"pro\"}}");
  }

  @Test
  void aCreateThatMeetsAnExistingCustomer_writesOnlyTheDifference_orNothing() {
    api.on("GET /customers/a1", error(404, "Not found"));
    api.on(
        "POST /customers",
        ok(customer("a1", "United States")),
        error(409, "customer_key 'a2' already exists"));
    api.on("GET /customers/a2", ok(customer("a2", "France")));
    api.on("PATCH /customers/cus_a2", ok(customer("a2", "Germany")));
    api.on("GET /customers/a3", ok(customer("a3", "Germany")));

    Map<String, Object> out =
        run(List.of(row("a1", "USA"), row("a2", "Germany"), row("a3", "Germany")));

    assertThat(statuses(out))
        .containsExactly(
            "created:[email, meta.country, meta.subscription_plan]",
            "updated:[meta.country]",
            "unchanged:[]");
    assertThat(api.lines())
        .containsExactly(
            "GET /customers/a1",
            "POST /customers",
            "POST /customers",
            "GET /customers/a2",
            "PATCH /customers/cus_a2",
            "GET /customers/a3");
    assertThat(api.body(4)).isEqualTo("{\"meta\":{\"country\":\"DE\"}}");
  }

  @Test
  void aCreateRejectedAsInvalid_isLookedUp_andAnExistingCustomerIsStillUpdated() {
    api.on("GET /customers/a1", error(404, "Not found"));
    api.on(
        "POST /customers",
        ok(customer("a1", "United States")),
        fieldError(400, "meta.notes", "required", "Account Notes is required"));
    api.on("GET /customers/a2", ok(customer("a2", "France")));
    api.on("PATCH /customers/cus_a2", ok(customer("a2", "Germany")));
    api.on("GET /customers/a3", error(404, "Not found"));

    Map<String, Object> out =
        run(List.of(row("a1", "USA"), row("a2", "Germany"), row("a3", "Germany")));

    assertThat(statuses(out))
        .containsExactly(
            "created:[email, meta.country, meta.subscription_plan]",
            "updated:[meta.country]",
            "failed:[]");
    assertThat(api.lines())
        .containsExactly(
            "GET /customers/a1",
            "POST /customers",
            "POST /customers",
            "GET /customers/a2",
            "PATCH /customers/cus_a2",
            "GET /customers/a3",
            "POST /customers");
    @SuppressWarnings("unchecked")
    Map<String, Object> failed = ((List<Map<String, Object>>) out.get("results")).get(2);
    assertThat(failed).containsEntry("error_field", "meta.notes");
  }

  @Test
  void aResyncOfExistingCustomers_staysLookupFirst_andWritesNothing() {
    api.on("GET /customers/a1", ok(customer("a1", "United States")));
    api.on("GET /customers/a2", ok(customer("a2", "United States")));
    api.on("GET /customers/a3", ok(customer("a3", "United States")));

    Map<String, Object> out = run(List.of(row("a1", "USA"), row("a2", "USA"), row("a3", "USA")));

    assertThat(out).containsEntry("unchanged", 3);
    assertThat(api.lines())
        .containsExactly("GET /customers/a1", "GET /customers/a2", "GET /customers/a3");
  }

  @Test
  void matchingByEmail_neverCreatesFirst() {
    api.on("GET /customers?limit=2&email=a1%40example.com", FakeApi.page(false));
    api.on("GET /customers?limit=2&email=a2%40example.com", FakeApi.page(false));
    api.on(
        "POST /customers",
        ok(customer("a1", "United States")),
        ok(customer("a2", "United States")));
    Action batch = api.connector.action("batch_upsert_customers").orElseThrow();

    Map<String, Object> out =
        batch.execute(
            api.vendor(),
            Map.of(
                "records",
                List.of(row("a1", "USA"), row("a2", "USA")),
                "partner_key",
                "partner_jane",
                "match_by",
                "email",
                "concurrency",
                1));

    assertThat(out).containsEntry("created", 2);
    assertThat(api.lines())
        .containsExactly(
            "GET /customers?limit=2&email=a1%40example.com",
            "POST /customers", "GET /customers?limit=2&email=a2%40example.com", "POST /customers");
  }
}
