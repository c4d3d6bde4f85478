package dev.cprops.connector.internal.actions;

import static dev.cprops.connector.internal.actions.FakeApi.customer;
import static dev.cprops.connector.internal.actions.FakeApi.error;
import static dev.cprops.connector.internal.actions.FakeApi.ok;
import static dev.cprops.connector.internal.actions.FakeApi.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.internal.fields.InvalidRecordException;
import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerActionsTest {
  private static final String STORED =
      customer(
          "cus_1",
          "acct_42",
          1732400000001L,
          "\"subscription_plan\":\"pro\",\"mrr\":\"1200.00\",\"country\":\"United States\","
              + "\"active\":true,\"renewal_date\":\"2025-03-15\"");

  private final FakeApi api;

  CustomerActionsTest() throws IOException {
    api = new FakeApi();
  }

  @AfterEach
  void close() {
    api.close();
  }

  private Action action(String id) {
    return api.connector.action(id).orElseThrow();
  }

  @Test
  void getCustomer_byCustomerKey_returnsTypedValues() {
    api.on("GET /customers/acct_42", ok(STORED));

    Map<String, Object> out =
        action("get_customer").execute(api.vendor(), Map.of("customer_key", "acct_42"));

    assertThat(api.lines()).containsExactly("GET /customers/acct_42");
    assertThat(out)
        .containsEntry("key", "cus_1")
        .containsEntry("updated_at", "2024-11-23T22:13:20.001Z");
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) out.get("meta");
    assertThat(meta)
        .containsEntry("mrr", new BigDecimal("1200.00"))
        .containsEntry("active", true)
        .containsEntry("renewal_date", LocalDate.of(2025, 3, 15))
        .containsEntry("country", "United States");
  }

  @Test
  void getCustomer_byEmail_usesTheEmailFilter_andFailsWhenNoneMatches() {
    api.on("GET /customers?limit=2&email=ana%40example.com", page(false));

    assertThatThrownBy(
            () -> action("get_customer").execute(api.vendor(), Map.of("email", "ana@example.com")))
        .isInstanceOf(ApiException.class)
        .hasMessage("no customer has the email 'ana@example.com'");
    assertThat(api.lines()).containsExactly("GET /customers?limit=2&email=ana%40example.com");
  }

  @Test
  void getCustomer_partner_usesThePartnerRoute() {
    api.on("GET /partner/customers/acct_42", ok(STORED));

    action("get_customer").execute(api.partner(), Map.of("customer_key", "acct_42"));

    assertThat(api.lines()).containsExactly("GET /partner/customers/acct_42");
    assertThat(api.requests.get(0).getHeaders().get("Authorization"))
        .isEqualTo("Bearer ptk_SECRET");
  }

  @Test
  void searchCustomers_sendsFilters_andReportsMore() {
    api.on(
        "GET /customers?limit=3&partner_key=partner_jane&min_updated=1732406400000&order_by=updated_at",
        page(true, STORED, STORED.replace("cus_1", "cus_2"), STORED.replace("cus_1", "cus_3")));

    Map<String, Object> out =
        action("search_customers")
            .execute(
                api.vendor(),
                Map.of(
                    "partner_key", "partner_jane",
                    "updated_after", "2024-11-24",
                    "order_by", "updated_at",
                    "limit", 2));

    assertThat(out).containsEntry("count", 2).containsEntry("has_more", true);
    assertThat(api.lines()).hasSize(1);
  }

  @Test
  void searchCustomers_rejectsALimitOutOfRange() {
    assertThatThrownBy(
            () -> action("search_customers").execute(api.vendor(), Map.of("limit", 5000)))
        .isInstanceOf(InputException.class)
        .hasMessage("limit: '5000' is not valid; expected a whole number from 1 to 1000");
  }

  @Test
  void createCustomer_coercesValues() {
    api.on("POST /customers", ok(STORED));
    Map<String, Object> meta = new HashMap<>();
    meta.put("country", "USA");
    meta.put("subscription_plan", "PRO");
    meta.put("active", "yes");
    meta.put("renewal_date", "03/15/2025");
    meta.put("notes", null);

    action("create_customer")
        .execute(
            api.vendor(),
            Map.of(
                "email", "ana@example.com",
                "partner_key", "partner_jane",
                "customer_key", "acct_42",
                "meta", meta));

    assertThat(api.lines()).containsExactly("POST /customers");
    assertThat(api.body(0))
        .contains("\"customer_key\":\"acct_42\"")
        .contains("\"country\":\"US\"")
        .contains("\"subscription_plan\":\"pro\"")
        .contains("\"active\":true")
        .contains("\"renewal_date\":\"2025-03-15\"")
        .doesNotContain("notes");
  }

  @Test
  void createCustomer_badValue_namesFieldValueAndExpected_withoutARequest() {
    assertThatThrownBy(
            () ->
                action("create_customer")
                    .execute(
                        api.vendor(),
                        Map.of(
                            "email", "ana@example.com",
                            "partner_key", "partner_jane",
                            "meta", Map.of("renewal_date", "soon"))))
        .isInstanceOf(InvalidRecordException.class)
        .satisfies(
            e -> {
              InputException input = (InputException) e;
              assertThat(input.field()).isEqualTo("meta.renewal_date");
              assertThat(input.value()).isEqualTo("soon");
            });
    assertThat(api.lines()).isEmpty();
  }

  @Test
  void createCustomer_partner_isRefused() {
    assertThatThrownBy(
            () ->
                action("create_customer")
                    .execute(
                        api.partner(), Map.of("email", "a@b.co", "partner_key", "partner_jane")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("Creating customers needs the vendor API");
  }

  @Test
  void updateCustomer_nullClears_absentKeeps() {
    api.on("PATCH /customers/acct_42", ok(STORED));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("country", null);
    meta.put("mrr", "$1,250");

    action("update_customer")
        .execute(api.vendor(), Map.of("customer_key", "acct_42", "meta", meta));

    assertThat(api.lines()).containsExactly("PATCH /customers/acct_42");
    assertThat(api.body(0)).isEqualTo("{\"meta\":{\"country\":null,\"mrr\":1250.00}}");
  }

  @Test
  void updateCustomer_partner_patchesEditableValuesOnThePartnerRoute() {
    api.on("PATCH /partner/customers/acct_42", ok(STORED));

    action("update_customer")
        .execute(
            api.partner(), Map.of("customer_key", "acct_42", "meta", Map.of("country", "germany")));

    assertThat(api.lines()).containsExactly("PATCH /partner/customers/acct_42");
    assertThat(api.body(0)).isEqualTo("{\"meta\":{\"country\":\"DE\"}}");
  }

  @Test
  void updateCustomer_partner_refusesReadOnlyAndHiddenProperties() {
    assertThatThrownBy(
            () ->
                action("update_customer")
                    .execute(
                        api.partner(),
                        Map.of(
                            "customer_key", "acct_42", "meta", ordered("mrr", "10", "notes", "x"))))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(
            "2 invalid values: meta.mrr: '10' is not valid; expected an editable property; 'mrr'"
                + " is read-only; meta.notes: 'x' is not valid; expected a customer property; there"
                + " is no property 'notes'");
    assertThat(api.lines()).isEmpty();
  }

  @Test
  void updateCustomer_unknownProperty_reloadsDefinitionsAndRetriesOnce() {
    api.on(
        "PATCH /customers/acct_42",
        FakeApi.fieldError(400, "meta.country", "unknown_property", "unknown"),
        ok(STORED));

    action("update_customer")
        .execute(api.vendor(), Map.of("customer_key", "acct_42", "meta", Map.of("country", "DE")));

    assertThat(api.lines()).containsExactly("PATCH /customers/acct_42", "PATCH /customers/acct_42");
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  @Test
  void upsert_unchanged_whenStoredValuesAreCanonicallyEqual_writesNothing() {
    api.on("GET /customers/acct_42", ok(STORED));

    Map<String, Object> out =
        action("upsert_customer")
            .execute(
                api.vendor(),
                Map.of(
                    "customer_key",
                    "acct_42",
                    "email",
                    "ana@EXAMPLE.com",
                    "meta",
                    Map.of(
                        "country",
                        "USA",
                        "mrr",
                        1200,
                        "active",
                        "true",
                        "renewal_date",
                        "2025-03-15")));

    assertThat(out).containsEntry("status", "unchanged");
    assertThat(api.lines()).containsExactly("GET /customers/acct_42");
  }

  @Test
  void upsert_changed_patchesOnlyTheDifferences() {
    api.on("GET /customers/acct_42", ok(STORED));
    api.on("PATCH /customers/cus_1", ok(STORED));

    Map<String, Object> out =
        action("upsert_customer")
            .execute(
                api.vendor(),
                Map.of(
                    "customer_key",
                    "acct_42",
                    "name",
                    "Acme Inc",
                    "meta",
                    Map.of("country", "United States", "mrr", "1,300")));

    assertThat(out)
        .containsEntry("status", "updated")
        .containsEntry("changed", List.of("name", "meta.mrr"));
    assertThat(api.lines()).containsExactly("GET /customers/acct_42", "PATCH /customers/cus_1");
    assertThat(api.body(1)).isEqualTo("{\"name\":\"Acme Inc\",\"meta\":{\"mrr\":1300.00}}");
  }

  @Test
  void upsert_createThatLosesARace_readsTheWinnerBackAndUpdates() {
    api.on("GET /customers/acct_42", error(404, "Not found"), ok(STORED));
    api.on("POST /customers", error(409, "customer_key exists"));
    api.on("PATCH /customers/cus_1", ok(STORED));

    Map<String, Object> out =
        action("upsert_customer")
            .execute(
                api.vendor(),
                Map.of(
                    "customer_key", "acct_42",
                    "email", "ana@example.com",
                    "partner_key", "partner_jane",
                    "meta", Map.of("subscription_plan", "starter")));

    assertThat(out).containsEntry("status", "updated");
    assertThat(api.lines())
        .containsExactly(
            "GET /customers/acct_42",
            "POST /customers",
            "GET /customers/acct_42",
            "PATCH /customers/cus_1");
    assertThat(api.body(3)).isEqualTo("{\"meta\":{\"subscription_plan\":\"starter\"}}");
  }

  @Test
  void upsert_byEmail_createsWhenNoneMatches() {
    api.on("GET /customers?limit=2&email=new%40example.com", page(false));
    api.on("POST /customers", ok(STORED));

    Map<String, Object> out =
        action("upsert_customer")
            .execute(
                api.vendor(),
                Map.of(
                    "match_by",
                    "email",
                    "email",
                    "new@example.com",
                    "partner_key",
                    "partner_jane"));

    assertThat(out).containsEntry("status", "created");
    assertThat(api.body(1))
        .isEqualTo("{\"email\":\"new@example.com\",\"partner_key\":\"partner_jane\"}");
  }

  @Test
  void upsert_partner_cannotCreate() {
    api.on("GET /partner/customers/acct_9", error(404, "Not found"));

    assertThatThrownBy(
            () ->
                action("upsert_customer")
                    .execute(api.partner(), Map.of("customer_key", "acct_9", "meta", Map.of())))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "customer_key: 'acct_9' is not valid; expected a customer of this partner; none"
                + " matched, and a partner connection cannot create customers");
  }

  @Test
  void upsert_partner_updatesEditableValues() {
    api.on("GET /partner/customers/acct_42", ok(STORED));
    api.on("PATCH /partner/customers/cus_1", ok(STORED));

    action("upsert_customer")
        .execute(
            api.partner(),
            Map.of("customer_key", "acct_42", "meta", Map.of("subscription_plan", "Starter")));

    assertThat(api.lines())
        .containsExactly("GET /partner/customers/acct_42", "PATCH /partner/customers/cus_1");
    assertThat(api.body(1)).isEqualTo("{\"meta\":{\"subscription_plan\":\"starter\"}}");
  }

  @Test
  void archiveCustomer_deletes_andRejectedCredentialsSurface() {
    api.on("DELETE /customers/acct_42", ok("{}"));
    assertThat(action("archive_customer").execute(api.vendor(), Map.of("customer_key", "acct_42")))
        .containsEntry("archived", true);
    assertThat(api.lines()).containsExactly("DELETE /customers/acct_42");

    api.on("DELETE /customers/acct_43", error(401, "Unauthorized"));
    assertThatThrownBy(
            () ->
                action("archive_customer").execute(api.vendor(), Map.of("customer_key", "acct_43")))
        .isInstanceOf(AuthException.class)
        .hasMessageNotContaining("sk_test_SECRET");
  }

  @Test
  void customApiRequest_sendsWithAuthAndQuery() {
    api.on("GET /webhooks?limit=5", ok("{\"has_more\":false,\"items\":[]}"));

    Map<String, Object> out =
        action("custom_api_request")
            .execute(
                api.vendor(),
                Map.of("method", "get", "path", "/webhooks", "query", Map.of("limit", 5)));

    assertThat(out).containsEntry("status", 200);
    assertThat(api.lines()).containsExactly("GET /webhooks?limit=5");
    assertThat(api.requests.get(0).getHeaders().get("Authorization")).startsWith("Basic ");
  }

  @Test
  void customApiRequest_rejectsABodyOnGet_andReportsErrors() {
    assertThatThrownBy(
            () ->
                action("custom_api_request")
                    .execute(
                        api.vendor(),
                        Map.of("method", "GET", "path", "/x", "body", Map.of("a", 1))))
        .isInstanceOf(InputException.class)
        .hasMessage("body: '{\"a\":1}' is not valid; expected no body for a GET");

    api.on("POST /customers", FakeApi.fieldError(400, "email", "invalid_email", "bad"));
    assertThatThrownBy(
            () ->
                action("custom_api_request")
                    .execute(
                        api.partner(),
                        Map.of(
                            "method", "POST", "path", "/customers", "body", Map.of("email", "x"))))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).hasErrorCode("invalid_email")).isTrue());
  }
}
