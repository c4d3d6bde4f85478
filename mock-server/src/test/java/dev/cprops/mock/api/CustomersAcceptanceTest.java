package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@MockServerTest(seed = Seed.EMPTY)
class CustomersAcceptanceTest {
  private HttpApi vendor;

  @BeforeEach
  void setUp(MockServerInfo server) {
    server.reset();
    vendor = HttpApi.vendor(server);
    Fixtures.partner(vendor, "partner_a");
    Fixtures.partner(vendor, "partner_b");
    vendor.post("/customer-properties", map("label", "MRR", "type", "currency"));
    vendor.post("/customer-properties", map("label", "Plan", "type", "input"));
  }

  @Test
  void create_returnsTheCustomerWithMetaAndFields() {
    HttpApi.Reply reply =
        vendor.post(
            "/customers",
            map(
                "customer_key",
                "acct_1",
                "email",
                "Ana@Example.com",
                "name",
                "Acme Ltd",
                "partner_key",
                "partner_a",
                "meta",
                map("mrr", 1200)));

    assertThat(reply.status()).isEqualTo(200);
    Map<String, Object> data = reply.data();
    assertThat(data)
        .containsEntry("customer_key", "acct_1")
        .containsEntry("email", "Ana@example.com")
        .containsEntry("name", "Acme Ltd")
        .containsEntry("partner_key", "partner_a")
        .containsEntry("provider_key", null)
        .containsEntry("test", false)
        .containsEntry("archived", false)
        .containsEntry("meta", map("mrr", "1200.00"));
    assertThat((String) data.get("key")).startsWith("cus_");
    assertThat((String) data.get("partnership_key")).startsWith("part_");
    assertThat(data.get("fields"))
        .isEqualTo(
            List.of(
                map(
                    "api_name",
                    "mrr",
                    "label",
                    "MRR",
                    "type",
                    "currency",
                    "access",
                    "editable",
                    "value",
                    "1200.00"),
                map(
                    "api_name",
                    "plan",
                    "label",
                    "Plan",
                    "type",
                    "input",
                    "access",
                    "editable",
                    "value",
                    null)));
  }

  static Stream<Arguments> invalidCustomers() {
    return Stream.of(
        Arguments.of(map("partner_key", "partner_a"), "email", "required"),
        Arguments.of(map("email", "a@example.com"), "partner_key", "required"),
        Arguments.of(map("email", "nope", "partner_key", "partner_a"), "email", "invalid_email"),
        Arguments.of(map("email", 42, "partner_key", "partner_a"), "email", "invalid_type"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_x"),
            "partner_key",
            "unknown_partner"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_a", "name", "n".repeat(101)),
            "name",
            "too_long"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_a", "test", "no"),
            "test",
            "invalid_type"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_a", "meta", List.of()),
            "meta",
            "invalid_type"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_a", "meta", map("nope", 1)),
            "meta.nope",
            "unknown_property"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_a", "meta", map("mrr", "lots")),
            "meta.mrr",
            "invalid_currency"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_a", "created_at", 1),
            "created_at",
            "read_only_field"),
        Arguments.of(
            map("email", "a@example.com", "partner_key", "partner_a", "colour", "red"),
            "colour",
            "unknown_field"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("invalidCustomers")
  void invalidCreate_answers400_andCreatesNothing(
      Map<String, Object> body, String field, String code) {
    HttpApi.Reply reply = vendor.post("/customers", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.errors())
        .anySatisfy(e -> assertThat(e).containsEntry("field", field).containsEntry("code", code));
    assertThat(vendor.get("/customers?include_archived=true").items()).isEmpty();
  }

  @Test
  void invalidCreate_reportsEveryProblemAtOnce() {
    HttpApi.Reply reply =
        vendor.post("/customers", map("email", "nope", "meta", map("mrr", "x", "plan", 5)));

    assertThat(reply.errors())
        .extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("email", "partner_key", "meta.mrr", "meta.plan");
  }

  @Test
  void requiredProperty_mustBePresentOnCreate_andCannotBeCleared() {
    vendor.post("/customer-properties", map("label", "Region", "type", "region", "required", true));

    HttpApi.Reply missing = vendor.post("/customers", Bodies.customer("c1", "partner_a"));
    Map<String, Object> body = Bodies.customer("c1", "partner_a");
    body.put("meta", map("region", "Ontario"));
    HttpApi.Reply created = vendor.post("/customers", body);
    HttpApi.Reply cleared = vendor.patch("/customers/c1", map("meta", map("region", null)));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorField()).isEqualTo("meta.region");
    assertThat(missing.errorCode()).isEqualTo("required");
    assertThat(created.status()).isEqualTo(200);
    assertThat(cleared.status()).isEqualTo(400);
    assertThat(cleared.errorCode()).isEqualTo("required");
  }

  @Test
  void duplicateCustomerKey_answers409() {
    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));

    HttpApi.Reply again = vendor.post("/customers", Bodies.customer("acct_1", "partner_b"));
    Fixtures.customer(vendor, Bodies.customer("acct_2", "partner_a"));
    HttpApi.Reply renamed = vendor.patch("/customers/acct_2", map("customer_key", "acct_1"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorField()).isEqualTo("customer_key");
    assertThat(renamed.status()).isEqualTo(409);
  }

  @Test
  void get_byCustomerKeyOrKey_404Otherwise() {
    Map<String, Object> created =
        Fixtures.customer(
            vendor,
            map("customer_key", "acct 1/x", "email", "x@example.com", "partner_key", "partner_a"));
    String encoded = URLEncoder.encode("acct 1/x", StandardCharsets.UTF_8).replace("+", "%20");

    assertThat(vendor.get("/customers/" + encoded).data()).isEqualTo(created);
    assertThat(vendor.get("/customers/" + created.get("key")).data()).isEqualTo(created);
    HttpApi.Reply missing = vendor.get("/customers/acct_nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json()).containsKeys("message", "status").doesNotContainKey("errors");
  }

  @Test
  void patch_mergesMetaKeyByKey_nullClears_andOnlySentFieldsChange() {
    Fixtures.customer(
        vendor,
        map(
            "customer_key",
            "c1",
            "email",
            "c1@example.com",
            "name",
            "Old",
            "partner_key",
            "partner_a",
            "meta",
            map("mrr", 10, "plan", "pro")));

    HttpApi.Reply reply =
        vendor.patch("/customers/c1", map("name", "New", "meta", map("mrr", null)));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.data())
        .containsEntry("name", "New")
        .containsEntry("email", "c1@example.com")
        .containsEntry("meta", map("plan", "pro"));
  }

  @Test
  void patch_changesUpdatedAtOnlyWhenSomethingChanged() {
    Map<String, Object> created =
        Fixtures.customer(
            vendor,
            map(
                "customer_key",
                "c1",
                "email",
                "c1@example.com",
                "partner_key",
                "partner_a",
                "meta",
                map("mrr", "5.00")));

    Map<String, Object> same =
        vendor.patch("/customers/c1", map("email", "c1@example.com", "meta", map("mrr", 5))).data();
    Map<String, Object> changed = vendor.patch("/customers/c1", map("meta", map("mrr", 6))).data();

    assertThat(same.get("updated_at")).isEqualTo(created.get("updated_at"));
    assertThat(((BigDecimal) changed.get("updated_at")))
        .isGreaterThan((BigDecimal) created.get("updated_at"));
    assertThat(changed.get("created_at")).isEqualTo(created.get("created_at"));
  }

  @Test
  void partnerKey_cannotChange() {
    Fixtures.customer(vendor, Bodies.customer("c1", "partner_a"));

    HttpApi.Reply reply = vendor.patch("/customers/c1", map("partner_key", "partner_b"));
    HttpApi.Reply same = vendor.patch("/customers/c1", map("partner_key", "partner_a"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorCode()).isEqualTo("immutable_field");
    assertThat(same.status()).isEqualTo(200);
  }

  @Test
  void delete_archives_andListsHideArchivedUnlessAsked() {
    Fixtures.customer(vendor, Bodies.customer("c1", "partner_a"));
    Fixtures.customer(vendor, Bodies.customer("c2", "partner_a"));

    HttpApi.Reply deleted = vendor.delete("/customers/c1");

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.data()).containsEntry("archived", true);
    assertThat(vendor.get("/customers").items())
        .extracting(c -> c.get("customer_key"))
        .containsExactly("c2");
    assertThat(vendor.get("/customers?include_archived=true").items()).hasSize(2);
    assertThat(vendor.get("/customers/c1").data()).containsEntry("archived", true);
    assertThat(vendor.patch("/customers/c1", map("archived", false)).data())
        .containsEntry("archived", false);
  }

  @Test
  void listFilters_selectExactlyTheMatchingCustomers() {
    Map<String, Object> a =
        Fixtures.customer(
            vendor,
            map("customer_key", "c1", "email", "Ana@Example.com", "partner_key", "partner_a"));
    Map<String, Object> b = Fixtures.customer(vendor, Bodies.customer("c2", "partner_b"));
    Map<String, Object> c = Fixtures.customer(vendor, Bodies.customer("c3", "partner_b"));
    vendor.patch("/customers/c1", map("name", "touched"));
    long bCreated = ((BigDecimal) b.get("created_at")).longValue();
    long aUpdated = ((BigDecimal) vendor.get("/customers/c1").data().get("updated_at")).longValue();

    assertThat(keys("/customers?email=ana%40example.COM")).containsExactly("c1");
    assertThat(keys("/customers?customer_key=c2")).containsExactly("c2");
    assertThat(keys("/customers?partner_key=partner_b")).containsExactly("c3", "c2");
    assertThat(keys("/customers?min_created=" + bCreated)).containsExactly("c3", "c2");
    assertThat(keys("/customers?max_created=" + bCreated)).containsExactly("c2", "c1");
    assertThat(keys("/customers?min_updated=" + aUpdated)).containsExactly("c1");
    assertThat(keys("/customers?max_updated=" + (aUpdated - 1))).containsExactly("c3", "c2");
    assertThat(a).isNotNull();
    assertThat(c).isNotNull();
  }

  @Test
  void fields_onListsOnlyWithExpand() {
    Fixtures.customer(vendor, Bodies.customer("c1", "partner_a"));

    assertThat(vendor.get("/customers").items().get(0)).doesNotContainKey("fields");
    assertThat(vendor.get("/customers?expand=fields").items().get(0)).containsKey("fields");
    assertThat(vendor.get("/customers?expand=partner").status()).isEqualTo(400);
  }

  private List<Object> keys(String path) {
    HttpApi.Reply reply = vendor.get(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.items().stream().map(c -> c.get("customer_key")).toList();
  }
}
