package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WireMock keeps working around the stateful API, and the mock server's admin routes. */
@MockServerTest(customers = 25)
class WireMockFeaturesAcceptanceTest {
  private HttpApi vendor;
  private HttpApi admin;

  @BeforeEach
  void setUp(MockServerInfo server) {
    server.reseed();
    vendor = HttpApi.vendor(server);
    admin = HttpApi.withAuthorization(server, null);
  }

  @Test
  void userStubAtDefaultPriority_winsOverTheApi_untilRemoved() {
    String stub =
        "{\"request\": {\"method\": \"GET\", \"urlPath\": \"/api/v2/customers\"},"
            + " \"response\": {\"status\": 503, \"body\": \"down\"}}";
    HttpApi.Reply created =
        admin.send(
            "POST", "/__admin/mappings", stub.getBytes(StandardCharsets.UTF_8), "application/json");
    assertThat(created.status()).isEqualTo(201);

    assertThat(vendor.get("/customers").status()).isEqualTo(503);
    assertThat(vendor.get("/customer-properties").status()).isEqualTo(200);

    admin.send("DELETE", "/__admin/mappings/" + created.json().get("id"), null, null);
    assertThat(vendor.get("/customers").status()).isEqualTo(200);
  }

  @Test
  void wireMockResets_keepTheApiAndItsState() {
    for (String[] reset :
        new String[][] {
          {"POST", "/__admin/reset"},
          {"POST", "/__admin/mappings/reset"},
          {"DELETE", "/__admin/mappings"}
        }) {
      assertThat(admin.send(reset[0], reset[1], null, "application/json").status()).isEqualTo(200);
      HttpApi.Reply customers = vendor.get("/customers?limit=250");
      assertThat(customers.status()).as(reset[1]).isEqualTo(200);
      assertThat(customers.items()).as(reset[1]).hasSize(25);
    }
  }

  @Test
  void adminStats_reset_andSeed() {
    Map<String, Object> stats = admin.get("/__admin/customer-properties/stats").data();
    assertThat(stats)
        .containsEntry("customers", Bodies.number("25"))
        .containsEntry("properties", Bodies.number("12"))
        .containsKeys("partnerships", "requests_served");

    HttpApi.Reply reset =
        admin.send("POST", "/__admin/customer-properties/reset", null, "application/json");
    assertThat(reset.data())
        .containsEntry("customers", Bodies.number("0"))
        .containsEntry("partnerships", Bodies.number("0"));
    assertThat(vendor.get("/customers").items()).isEmpty();

    HttpApi.Reply seeded =
        admin.send(
            "POST",
            "/__admin/customer-properties/seed",
            "{\"seed\": \"demo\", \"customers\": 7}".getBytes(StandardCharsets.UTF_8),
            "application/json");
    assertThat(seeded.status()).isEqualTo(200);
    assertThat(seeded.data()).containsEntry("customers", Bodies.number("7"));
    assertThat((Map<?, ?>) seeded.data().get("partner_keys")).isNotEmpty();

    HttpApi.Reply empty =
        admin.send(
            "POST",
            "/__admin/customer-properties/seed",
            "{\"seed\": \"empty\"}".getBytes(StandardCharsets.UTF_8),
            "application/json");
    assertThat(empty.data()).containsEntry("properties", Bodies.number("0"));

    HttpApi.Reply bad =
        admin.send(
            "POST",
            "/__admin/customer-properties/seed",
            "{\"seed\": \"lots\"}".getBytes(StandardCharsets.UTF_8),
            "application/json");
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void openApiDocument_isServedWithoutCredentials_whenTheJarHoldsOne() {
    HttpApi.Reply reply = admin.get("/openapi.yaml");
    boolean shipped = getClass().getResource("/openapi/customer-properties.yaml") != null;

    if (shipped) {
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Content-Type")).startsWith("application/yaml");
    } else {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json()).containsEntry("status", Bodies.number("404"));
    }
  }

  @Test
  void createdPartnership_showsItsApiKeyOnce_andTheKeyWorks(MockServerInfo server) {
    HttpApi.Reply created =
        vendor.post(
            "/partnerships",
            Bodies.map("partner_key", "partner_new", "email", "new@partners.example"));
    String apiKey = (String) created.data().get("api_key");

    assertThat(apiKey).startsWith("ptk_");
    assertThat(vendor.get("/partnerships?limit=250").items())
        .allSatisfy(p -> assertThat(p).doesNotContainKey("api_key"))
        .anySatisfy(p -> assertThat(p).containsEntry("partner_key", "partner_new"));
    assertThat(
            vendor
                .post(
                    "/partnerships",
                    Bodies.map("partner_key", "partner_new", "email", "x@partners.example"))
                .status())
        .isEqualTo(409);
    assertThat(
            HttpApi.withAuthorization(server, "Bearer " + apiKey)
                .get("/partner/customers")
                .status())
        .isEqualTo(200);
  }
}
