package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the OpenAPI document and the server used to disagree (issue 17, point 8): one rule for
 * {@code null} on creates and updates alike (accepted only by the nullable fields), a partner's
 * PATCH that must hold {@code meta}, and the documented refusals of empty cursors and emails. Every
 * refusal leaves the stored state as it was.
 */
@MockServerTest(seed = Seed.EMPTY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NullAndStrictnessAcceptanceTest {
  private HttpApi vendor;
  private HttpApi jane;

  @BeforeAll
  void setUp(MockServerInfo server) {
    vendor = HttpApi.vendor(server);
    jane = HttpApi.withAuthorization(server, "Bearer " + Fixtures.partner(vendor, "partner_jane"));
    assertThat(
            vendor
                .post(
                    "/customer-properties",
                    map("api_name", "plan", "label", "Plan", "type", "input", "access", "editable"))
                .status())
        .isEqualTo(200);
    Fixtures.customer(
        vendor,
        map(
            "customer_key",
            "jane_1",
            "email",
            "j1@example.com",
            "name",
            "Jane's first",
            "partner_key",
            "partner_jane",
            "meta",
            map("plan", "pro")));
  }

  // ---- null where the schema has none: refused on creates as on updates ----

  @Test
  void webhookCreate_withNullSecret_isInvalidType_asInAPatch() {
    assertRefused(
        () ->
            vendor.post(
                "/webhooks",
                map(
                    "target",
                    "http://127.0.0.1:9/hook",
                    "events",
                    List.of("customer.created"),
                    "secret",
                    null)),
        400,
        "secret",
        "invalid_type");
  }

  @Test
  void customerCreate_withNullMeta_isInvalidType() {
    Map<String, Object> body = Bodies.customer("c_null_meta", "partner_jane");
    body.put("meta", null);

    assertRefused(() -> vendor.post("/customers", body), 400, "meta", "invalid_type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"currency", "api_name", "help_text", "access", "required", "position"})
  void propertyCreate_withNull_isInvalidType(String field) {
    Map<String, Object> body = map("label", "Tier " + field, "type", "dropdown");
    body.put("options", List.of(map("label", "Gold", "value", "gold")));
    body.put(field, null);

    assertRefused(() -> vendor.post("/customer-properties", body), 400, field, "invalid_type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"email", "partner_key", "test", "meta"})
  void customerCreate_withNullInANonNullableField_isInvalidType(String field) {
    Map<String, Object> body = Bodies.customer("c_null_" + field, "partner_jane");
    body.put(field, null);

    assertRefused(() -> vendor.post("/customers", body), 400, field, "invalid_type");
  }

  @Test
  void propertyPatch_withNullHelpText_isInvalidType() {
    assertRefused(
        () -> vendor.patch("/customer-properties/plan", map("help_text", null)),
        400,
        "help_text",
        "invalid_type");
  }

  @Test
  void partnershipCreate_withNullEmail_isInvalidType() {
    assertRefused(
        () -> vendor.post("/partnerships", map("partner_key", "p_null", "email", null)),
        400,
        "email",
        "invalid_type");
  }

  // ---- null where the schema says nullable: "no value" ----

  @Test
  void nullableFields_takeNullOnCreate_asIfAbsent() {
    HttpApi.Reply created =
        vendor.post(
            "/customers",
            map(
                "email",
                "nulls@example.com",
                "partner_key",
                "partner_jane",
                "customer_key",
                null,
                "name",
                null,
                "provider_key",
                null,
                "meta",
                map("plan", null)));

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(created.data())
        .containsEntry("customer_key", null)
        .containsEntry("name", null)
        .containsEntry("provider_key", null)
        .containsEntry("meta", Map.of());
    HttpApi.Reply partner =
        vendor.post(
            "/partnerships",
            map("partner_key", "p_nameless", "email", "p@example.com", "name", null));
    assertThat(partner.status()).as(partner.toString()).isEqualTo(200);
    assertThat(partner.data()).containsEntry("name", null);
  }

  @Test
  void nullableFields_takeNullOnPatch_andAreCleared() {
    Fixtures.customer(
        vendor,
        map(
            "customer_key",
            "to_clear",
            "email",
            "clear@example.com",
            "name",
            "Named",
            "partner_key",
            "partner_jane"));

    HttpApi.Reply patched = vendor.patch("/customers/to_clear", map("name", null));

    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.data()).containsEntry("name", null);
  }

  // ---- the partner's PATCH ----

  @Test
  void partnerPatch_withoutMeta_isRequired() {
    assertRefused(() -> jane.patch("/partner/customers/jane_1", map()), 400, "meta", "required");
  }

  @Test
  void partnerPatch_ofNullMeta_isInvalidType() {
    assertRefused(
        () -> jane.patch("/partner/customers/jane_1", map("meta", null)),
        400,
        "meta",
        "invalid_type");
  }

  @Test
  void partnerPatch_ofACustomerField_isForbidden_evenWithMeta() {
    assertRefused(
        () -> jane.patch("/partner/customers/jane_1", map("name", "x", "meta", map())),
        403,
        "name",
        "forbidden_field");
  }

  @Test
  void partnerPatch_ofANameThatIsNoField_isUnknownField() {
    assertRefused(
        () -> jane.patch("/partner/customers/jane_1", map("colour", "red", "meta", map())),
        400,
        "colour",
        "unknown_field");
  }

  @Test
  void partnerPatch_withEmptyMeta_changesNothing_andIsAccepted() {
    Map<String, Object> before = state();

    HttpApi.Reply reply = jane.patch("/partner/customers/jane_1", map("meta", map()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(state()).isEqualTo(before);
  }

  // ---- what the schema now says: minLength ----

  @ParameterizedTest
  @ValueSource(strings = {"starting_after", "ending_before"})
  void emptyCursor_isAnUnknownKey(String cursor) {
    HttpApi.Reply reply = vendor.get("/customers?" + cursor + "=");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.errorField()).isEqualTo(cursor);
    assertThat(reply.errorCode()).isEqualTo("unknown_key");
  }

  @Test
  void emptyEmail_isRefused() {
    Map<String, Object> body = Bodies.customer("c_empty_email", "partner_jane");
    body.put("email", "");

    assertRefused(() -> vendor.post("/customers", body), 400, "email", "blank");
  }

  // ---- helpers ----

  private void assertRefused(
      java.util.function.Supplier<HttpApi.Reply> request, int status, String field, String code) {
    Map<String, Object> before = state();

    HttpApi.Reply reply = request.get();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.errors())
        .as(reply.toString())
        .contains(Map.of("field", field, "code", code, "message", messageOf(reply, field)));
    assertThat(state()).as("nothing changed").isEqualTo(before);
  }

  private static String messageOf(HttpApi.Reply reply, String field) {
    return reply.errors().stream()
        .filter(e -> field.equals(e.get("field")))
        .map(e -> (String) e.get("message"))
        .findFirst()
        .orElse("(no error for " + field + ")");
  }

  /** Everything the vendor can read, archived items included. */
  private Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    for (String list :
        List.of(
            "/customer-properties?include_archived=true&limit=250",
            "/customers?include_archived=true&expand=fields&limit=250",
            "/partnerships?limit=250",
            "/webhooks?limit=250")) {
      HttpApi.Reply reply = vendor.get(list);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      state.put(list, reply.items());
    }
    return state;
  }
}
