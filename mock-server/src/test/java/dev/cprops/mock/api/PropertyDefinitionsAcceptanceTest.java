package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@MockServerTest(seed = Seed.EMPTY)
class PropertyDefinitionsAcceptanceTest {
  private HttpApi vendor;

  @BeforeEach
  void setUp(MockServerInfo server) {
    server.reset();
    vendor = HttpApi.vendor(server);
  }

  @Test
  void create_derivesApiNameFromLabel_andFillsDefaults() {
    HttpApi.Reply reply =
        vendor.post("/customer-properties", map("label", "Subscription Plan", "type", "input"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).containsEntry("message", "Customer property created");
    assertThat(reply.data())
        .containsEntry("api_name", "subscription_plan")
        .containsEntry("access", "editable")
        .containsEntry("required", false)
        .containsEntry("help_text", "")
        .containsEntry("currency", null)
        .containsEntry("archived", false)
        .containsEntry("options", List.of());
    assertThat((String) reply.data().get("key")).startsWith("cprop_");
    assertThat(reply.data().get("created_at")).isEqualTo(reply.data().get("updated_at"));
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void currencyProperty_defaultsToUsd_andKeepsAGivenCode() {
    assertThat(vendor.post("/customer-properties", map("label", "MRR", "type", "currency")).data())
        .containsEntry("currency", "USD");
    assertThat(
            vendor
                .post(
                    "/customer-properties",
                    map("label", "ARR", "type", "currency", "currency", "EUR"))
                .data())
        .containsEntry("currency", "EUR");
  }

  static Stream<Arguments> invalidDefinitions() {
    return Stream.of(
        Arguments.of(map("type", "input"), "label", "required"),
        Arguments.of(map("label", "X"), "type", "required"),
        Arguments.of(map("label", "X", "type", "text"), "type", "invalid_choice"),
        Arguments.of(
            map("label", "X", "type", "input", "access", "secret"), "access", "invalid_choice"),
        Arguments.of(
            map("label", "X", "type", "input", "api_name", "Bad Name"),
            "api_name",
            "invalid_api_name"),
        Arguments.of(
            map("label", "X", "type", "input", "api_name", "9lives"),
            "api_name",
            "invalid_api_name"),
        Arguments.of(
            map("label", "X", "type", "input", "api_name", "a".repeat(65)), "api_name", "too_long"),
        Arguments.of(map("label", "---", "type", "input"), "api_name", "invalid_api_name"),
        Arguments.of(map("label", "X", "type", "dropdown"), "options", "required"),
        Arguments.of(
            map("label", "X", "type", "dropdown", "options", List.of()), "options", "required"),
        Arguments.of(
            map(
                "label",
                "X",
                "type",
                "dropdown",
                "options",
                List.of(map("label", "A", "value", "a"), map("label", "B", "value", "a"))),
            "options[1].value",
            "duplicate_option"),
        Arguments.of(
            map("label", "X", "type", "dropdown", "options", List.of("a")),
            "options[0]",
            "invalid_type"),
        Arguments.of(
            map("label", "X", "type", "input", "options", List.of(map("label", "A", "value", "a"))),
            "options",
            "not_allowed"),
        Arguments.of(
            map("label", "X", "type", "currency", "currency", "XYZ"),
            "currency",
            "invalid_currency_code"),
        Arguments.of(
            map("label", "X", "type", "number", "currency", "USD"), "currency", "not_allowed"),
        Arguments.of(
            map("label", "X", "type", "input", "required", "yes"), "required", "invalid_type"),
        Arguments.of(
            map("label", "X", "type", "input", "position", Bodies.number("1.5")),
            "position",
            "invalid_type"),
        Arguments.of(map("label", "X", "type", "input", "color", "red"), "color", "unknown_field"),
        Arguments.of(
            map("label", "X", "type", "input", "key", "cprop_1"), "key", "read_only_field"),
        Arguments.of(map("label", "x".repeat(101), "type", "input"), "label", "too_long"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("invalidDefinitions")
  void invalidDefinition_answers400_andCreatesNothing(
      Map<String, Object> body, String field, String code) {
    HttpApi.Reply reply = vendor.post("/customer-properties", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.errors())
        .anySatisfy(
            e -> {
              assertThat(e).containsEntry("field", field).containsEntry("code", code);
            });
    assertThat(vendor.get("/customer-properties?include_archived=true").items()).isEmpty();
  }

  @Test
  void duplicateApiName_answers409_evenWhenTheFirstIsArchived() {
    vendor.post("/customer-properties", map("label", "Plan", "type", "input"));
    vendor.delete("/customer-properties/plan");

    HttpApi.Reply reply =
        vendor.post("/customer-properties", map("label", "Plan", "type", "number"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.errorCode()).isEqualTo("duplicate");
    assertThat(reply.errorField()).isEqualTo("api_name");
  }

  @Test
  void archive_hidesThePropertyAndItsValues_andRestoreBringsThemBack(MockServerInfo server) {
    Fixtures.partner(vendor, "partner_a");
    vendor.post("/customer-properties", map("label", "Seats", "type", "number"));
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
            map("seats", 5)));

    HttpApi.Reply archived = vendor.delete("/customer-properties/seats");

    assertThat(archived.status()).isEqualTo(200);
    assertThat(archived.data()).containsEntry("archived", true);
    assertThat(vendor.get("/customer-properties").items()).isEmpty();
    assertThat(vendor.get("/customer-properties?include_archived=true").items()).hasSize(1);
    assertThat(vendor.get("/customers/c1").data().get("meta")).isEqualTo(Map.of());
    HttpApi.Reply write = vendor.patch("/customers/c1", map("meta", map("seats", 6)));
    assertThat(write.status()).isEqualTo(400);
    assertThat(write.errorCode()).isEqualTo("unknown_property");

    HttpApi.Reply restored = vendor.patch("/customer-properties/seats", map("archived", false));

    assertThat(restored.data()).containsEntry("archived", false);
    assertThat(vendor.get("/customers/c1").data().get("meta"))
        .isEqualTo(Map.of("seats", Bodies.number("5")));
  }

  @Test
  void typeChange_answers409_whileCustomersHoldValues_andIsAllowedOtherwise() {
    Fixtures.partner(vendor, "partner_a");
    vendor.post("/customer-properties", map("label", "Seats", "type", "number"));
    vendor.post("/customer-properties", map("label", "Tier", "type", "input"));
    Fixtures.customer(
        vendor, map("email", "c@example.com", "partner_key", "partner_a", "meta", map("seats", 5)));

    HttpApi.Reply conflict = vendor.patch("/customer-properties/seats", map("type", "input"));
    HttpApi.Reply allowed =
        vendor.patch(
            "/customer-properties/tier",
            map("type", "dropdown", "options", List.of(map("label", "Gold", "value", "gold"))));

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.errorCode()).isEqualTo("type_in_use");
    assertThat(vendor.get("/customer-properties/seats").data()).containsEntry("type", "number");
    assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
    assertThat(allowed.data()).containsEntry("type", "dropdown");
  }

  @Test
  void patch_changesOnlyWhatIsSent_andANoOpKeepsUpdatedAt() {
    Map<String, Object> created =
        vendor.post("/customer-properties", map("label", "Notes", "type", "textarea")).data();

    Map<String, Object> same =
        vendor.patch("/customer-properties/notes", map("label", "Notes")).data();
    Map<String, Object> changed =
        vendor.patch("/customer-properties/notes", map("access", "hidden")).data();

    assertThat(same).isEqualTo(created);
    assertThat(changed).containsEntry("access", "hidden").containsEntry("label", "Notes");
    assertThat((Long) ((java.math.BigDecimal) changed.get("updated_at")).longValue())
        .isGreaterThan(((java.math.BigDecimal) created.get("updated_at")).longValue());
  }

  @Test
  void apiNameCannotChange() {
    vendor.post("/customer-properties", map("label", "Notes", "type", "textarea"));

    HttpApi.Reply reply = vendor.patch("/customer-properties/notes", map("api_name", "memo"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorCode()).isEqualTo("immutable_field");
  }

  @Test
  void unknownProperty_answers404() {
    assertThat(vendor.get("/customer-properties/nope").status()).isEqualTo(404);
    assertThat(vendor.patch("/customer-properties/nope", map("label", "x")).status())
        .isEqualTo(404);
    assertThat(vendor.delete("/customer-properties/nope").status()).isEqualTo(404);
  }
}
