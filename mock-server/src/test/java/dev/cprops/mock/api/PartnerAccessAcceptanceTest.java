package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every access level as the vendor and as a partner sees it. */
@MockServerTest(seed = Seed.EMPTY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerAccessAcceptanceTest {
  private HttpApi vendor;
  private HttpApi jane;
  private HttpApi raj;

  @BeforeAll
  void setUp(MockServerInfo server) {
    vendor = HttpApi.vendor(server);
    jane = HttpApi.withAuthorization(server, "Bearer " + Fixtures.partner(vendor, "partner_jane"));
    raj = HttpApi.withAuthorization(server, "Bearer " + Fixtures.partner(vendor, "partner_raj"));
    for (String access : List.of("editable", "read_only", "hidden", "hidden_everywhere")) {
      vendor.post(
          "/customer-properties",
          map("api_name", access, "label", access, "type", "input", "access", access));
    }
    Fixtures.customer(
        vendor,
        map(
            "customer_key",
            "jane_1",
            "email",
            "j1@example.com",
            "partner_key",
            "partner_jane",
            "meta",
            map("editable", "e", "read_only", "r", "hidden", "h", "hidden_everywhere", "he")));
    Fixtures.customer(vendor, Bodies.customer("raj_1", "partner_raj"));
    Fixtures.customer(vendor, Bodies.customer("jane_archived", "partner_jane"));
    vendor.delete("/customers/jane_archived");
  }

  @Test
  void vendorSeesAllFourLevels() {
    Map<String, Object> customer = vendor.get("/customers/jane_1").data();

    assertThat(customer.get("meta"))
        .isEqualTo(
            map("editable", "e", "read_only", "r", "hidden", "h", "hidden_everywhere", "he"));
    assertThat(vendor.get("/customer-properties").items()).hasSize(4);
  }

  @Test
  void partnerSeesEditableAndReadOnly_only() {
    Map<String, Object> customer = jane.get("/partner/customers/jane_1").data();

    assertThat(customer.get("meta")).isEqualTo(map("editable", "e", "read_only", "r"));
    assertThat((List<?>) customer.get("fields")).hasSize(2);
    assertThat(jane.get("/partner/customer-properties").items())
        .extracting(p -> p.get("api_name"))
        .containsExactlyInAnyOrder("editable", "read_only");
  }

  @Test
  void partnerListsOnlyItsOwnActiveCustomers() {
    assertThat(jane.get("/partner/customers").items())
        .extracting(c -> c.get("customer_key"))
        .containsExactly("jane_1");
    assertThat(jane.get("/partner/customers?partner_key=partner_raj").status()).isEqualTo(400);
  }

  @Test
  void anotherPartnersCustomer_is404_forReadsAndWrites() {
    assertThat(jane.get("/partner/customers/raj_1").status()).isEqualTo(404);
    assertThat(jane.patch("/partner/customers/raj_1", map("meta", map("editable", "x"))).status())
        .isEqualTo(404);
    assertThat(jane.get("/partner/customers/jane_archived").status()).isEqualTo(404);
    assertThat(raj.get("/partner/customers/jane_1").status()).isEqualTo(404);
  }

  @Test
  void partnerPatch_editable_isWritten() {
    HttpApi.Reply reply =
        jane.patch("/partner/customers/jane_1", map("meta", map("editable", "new")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.data().get("meta")).isEqualTo(map("editable", "new", "read_only", "r"));
    assertThat(vendor.get("/customers/jane_1").data().get("meta"))
        .isEqualTo(
            map("editable", "new", "read_only", "r", "hidden", "h", "hidden_everywhere", "he"));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "read_only, 403, read_only_property",
    "hidden, 400, unknown_property",
    "hidden_everywhere, 400, unknown_property",
    "no_such_property, 400, unknown_property"
  })
  void partnerPatch_ofOtherLevels_isRejected_andChangesNothing(
      String apiName, int status, String code) {
    Map<String, Object> before = vendor.get("/customers/jane_1").data();

    HttpApi.Reply reply =
        jane.patch("/partner/customers/jane_1", map("meta", map("editable", "z", apiName, "x")));

    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.errors())
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("field", "meta." + apiName)
                    .containsEntry("code", code));
    assertThat(vendor.get("/customers/jane_1").data()).isEqualTo(before);
  }

  @Test
  void hiddenAndUnknown_getTheSameMessage_soExistenceIsNotLeaked() {
    HttpApi.Reply hidden = jane.patch("/partner/customers/jane_1", map("meta", map("hidden", "x")));
    HttpApi.Reply unknown =
        jane.patch("/partner/customers/jane_1", map("meta", map("hidden2", "x")));

    assertThat(hidden.errors().get(0).get("message").toString().replace("hidden", "NAME"))
        .isEqualTo(unknown.errors().get(0).get("message").toString().replace("hidden2", "NAME"));
  }

  @Test
  void partnerPatch_ofOtherFields_isForbidden() {
    HttpApi.Reply reply = jane.patch("/partner/customers/jane_1", map("email", "x@example.com"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.errorCode()).isEqualTo("forbidden_field");
  }

  @Test
  void partnerKey_doesNotOpenVendorRoutes_andVendorKeysDoNotOpenPartnerRoutes(
      MockServerInfo server) {
    assertThat(jane.get("/customers").status()).isEqualTo(401);
    assertThat(vendor.get("/partner/customers").status()).isEqualTo(401);
    HttpApi.Reply wrong =
        HttpApi.withAuthorization(server, "Bearer ptk_wrong").get("/partner/customers");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json())
        .isEqualTo(map("message", "Unauthorized", "status", Bodies.number("401")));
  }
}
