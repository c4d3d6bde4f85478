package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.http.FrontDoorSettings;
import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /webhooks} CRUD, validation and paging (delivery is in WebhookDeliveryAcceptanceTest). */
@MockServerTest(seed = Seed.EMPTY)
class WebhooksAcceptanceTest {
  private static final String TARGET = "https://crm-sync.example.com/hooks/partnerstack";

  private MockServerInfo server;
  private HttpApi vendor;

  @BeforeEach
  void setUp(MockServerInfo server) {
    this.server = server;
    server.reset();
    vendor = HttpApi.vendor(server);
  }

  @Test
  void create_returnsTheWebhookWithItsSecretOnce() {
    HttpApi.Reply reply =
        vendor.post(
            "/webhooks",
            map("target", TARGET, "events", List.of("customer.created", "customer.updated")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("message")).isEqualTo("Webhook created");
    Map<String, Object> created = reply.data();
    assertThat(created.keySet())
        .containsExactly("key", "target", "events", "secret", "created_at", "updated_at");
    assertThat((String) created.get("key")).matches("wh_[0-9a-z]{20}");
    assertThat(created)
        .containsEntry("target", TARGET)
        .containsEntry("events", List.of("customer.created", "customer.updated"));
    assertThat((String) created.get("secret")).matches("whsec_[0-9a-f]{48}");
    assertThat(created.get("created_at")).isEqualTo(created.get("updated_at"));

    Map<String, Object> read = vendor.get("/webhooks/" + created.get("key")).data();
    assertThat(read.keySet())
        .containsExactly("key", "target", "events", "created_at", "updated_at");
    assertThat(vendor.get("/webhooks").items()).containsExactly(read);
  }

  @Test
  void create_keepsAGivenSecret() {
    Map<String, Object> created =
        vendor
            .post(
                "/webhooks",
                map("target", TARGET, "events", List.of("customer.created"), "secret", "s3cret"))
            .data();

    assertThat(created.get("secret")).isEqualTo("s3cret");
  }

  @Test
  void create_rejectsEveryProblemAtOnce_andCreatesNothing() {
    HttpApi.Reply reply =
        vendor.post(
            "/webhooks",
            map(
                "target", "ftp://example.com/hook",
                "events", List.of("customer.created", "customer.exploded", "customer.created", 7),
                "secret", "",
                "key", "wh_mine",
                "url", TARGET));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message")).isEqualTo("Invalid request: 7 fields have problems");
    assertThat(reply.errors())
        .extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactlyInAnyOrder(
            "key read_only_field",
            "url unknown_field",
            "target invalid_url",
            "events[1] invalid_choice",
            "events[2] duplicate_event",
            "events[3] invalid_type",
            "secret blank");
    assertThat(vendor.get("/webhooks").items()).isEmpty();
  }

  @Test
  void create_requiresTargetAndEvents() {
    HttpApi.Reply reply = vendor.post("/webhooks", map());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errors())
        .extracting(e -> e.get("field") + " " + e.get("code") + " " + e.get("message"))
        .containsExactlyInAnyOrder(
            "target required target is required", "events required events is required");
  }

  @Test
  void create_validationMessages_nameTheValueAndTheExpectation() {
    assertThat(error(map("target", "not a url", "events", List.of("customer.created"))))
        .isEqualTo(
            map(
                "field", "target",
                "code", "invalid_url",
                "message",
                    "target: 'not a url' is not a URL: expected an absolute http or https URL"
                        + " with a host (e.g. https://example.com)"));
    assertThat(error(map("target", TARGET, "events", List.of())))
        .isEqualTo(
            map(
                "field", "events",
                "code", "required",
                "message",
                    "events must name at least one of customer.created, customer.updated,"
                        + " customer.deleted, customer_property.created,"
                        + " customer_property.updated, customer_property.deleted"));
    assertThat(error(map("target", TARGET, "events", "customer.created")))
        .containsEntry("code", "invalid_type")
        .containsEntry("message", "events must be an array of event names, got 'customer.created'");
    assertThat(error(map("target", TARGET, "events", List.of("Customer.Created"))))
        .containsEntry("field", "events[0]")
        .containsEntry("code", "invalid_choice");
    assertThat(error(map("target", 42, "events", List.of("customer.created"))))
        .containsEntry("field", "target")
        .containsEntry("code", "invalid_type");
    assertThat(
            error(
                map(
                    "target",
                    TARGET,
                    "events",
                    List.of("customer.created"),
                    "secret",
                    "x".repeat(256))))
        .containsEntry("code", "too_long")
        .containsEntry("message", "secret must have at most 255 characters, got 256");
    assertThat(error(map("target", TARGET, "events", List.of("customer.created"), "secret", 5)))
        .containsEntry("code", "invalid_type");
  }

  @Test
  void create_acceptsHttpAndHttpsTargets_withPortsAndLocalhost() {
    for (String target :
        List.of("http://localhost:8080/hook", "https://127.0.0.1/x?y=1", "HTTPS://Example.COM")) {
      HttpApi.Reply reply =
          vendor.post("/webhooks", map("target", target, "events", List.of("customer.created")));
      assertThat(reply.status()).as(target).isEqualTo(200);
      assertThat(reply.data().get("target")).isEqualTo(target);
    }
  }

  @Test
  void badBodies_get413_415_and400() {
    assertThat(vendor.send("POST", "/webhooks", "{}".getBytes(), "text/plain").status())
        .isEqualTo(415);
    assertThat(
            vendor
                .send(
                    "POST",
                    "/webhooks",
                    "{\"target\":".getBytes(StandardCharsets.UTF_8),
                    "application/json")
                .status())
        .isEqualTo(400);
    assertThat(vendor.send("POST", "/webhooks", "[]".getBytes(), "application/json").errorCode())
        .isEqualTo("invalid_type");
    assertThat(
            vendor
                .send(
                    "POST",
                    "/webhooks",
                    new byte[(int) FrontDoorSettings.DEFAULT_MAX_API_BODY_BYTES + 1],
                    "application/json")
                .status())
        .isEqualTo(413);
  }

  @Test
  void patch_changesTheFieldsSent_andUpdatedAtOnlyWhenSomethingChanged() throws Exception {
    Map<String, Object> created = create(List.of("customer.created"));
    String key = (String) created.get("key");
    Thread.sleep(2);

    HttpApi.Reply same =
        vendor.patch("/webhooks/" + key, map("events", List.of("customer.created")));
    HttpApi.Reply changed =
        vendor.patch(
            "/webhooks/" + key,
            map("events", List.of("customer.deleted", "customer.created"), "secret", "rotated"));

    assertThat(same.status()).isEqualTo(200);
    assertThat(same.data().get("updated_at")).isEqualTo(created.get("updated_at"));
    assertThat(changed.json().get("message")).isEqualTo("Webhook updated");
    assertThat(changed.data())
        .containsEntry("target", TARGET)
        .containsEntry("events", List.of("customer.deleted", "customer.created"))
        .containsEntry("created_at", created.get("created_at"))
        .doesNotContainKey("secret");
    assertThat(((BigDecimal) changed.data().get("updated_at")))
        .isGreaterThan((BigDecimal) created.get("updated_at"));
    assertThat(vendor.get("/webhooks/" + key).data()).isEqualTo(changed.data());
  }

  @Test
  void patch_rejectsNullsAndBadValues_andChangesNothing() {
    Map<String, Object> created = create(List.of("customer.created"));
    String key = (String) created.get("key");

    HttpApi.Reply reply =
        vendor.patch(
            "/webhooks/" + key,
            map("target", null, "events", List.of(), "secret", null, "created_at", 1));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errors())
        .extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactlyInAnyOrder(
            "target invalid_type",
            "events required",
            "secret invalid_type",
            "created_at read_only_field");
    Map<String, Object> unchanged = new java.util.LinkedHashMap<>(created);
    unchanged.remove("secret");
    assertThat(vendor.get("/webhooks/" + key).data()).isEqualTo(unchanged);
  }

  @Test
  void delete_removesTheWebhook_andItsDeliveries() {
    String key = (String) create(List.of("customer.created")).get("key");

    HttpApi.Reply deleted = vendor.delete("/webhooks/" + key);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().get("message")).isEqualTo("Webhook deleted");
    assertThat(deleted.data()).containsEntry("key", key).doesNotContainKey("secret");
    for (HttpApi.Reply reply :
        List.of(
            vendor.get("/webhooks/" + key),
            vendor.get("/webhooks/" + key + "/deliveries"),
            vendor.patch("/webhooks/" + key, map("secret", "x")),
            vendor.delete("/webhooks/" + key))) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json()).containsEntry("message", "No webhook with key '" + key + "'");
    }
    assertThat(vendor.get("/webhooks").items()).isEmpty();
  }

  @Test
  void list_pagesLikeTheOtherLists() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      keys.add((String) create(List.of("customer.created")).get("key"));
    }

    HttpApi.Reply newest = vendor.get("/webhooks?limit=2");
    HttpApi.Reply next =
        vendor.get("/webhooks?limit=2&starting_after=" + newest.items().get(1).get("key"));
    HttpApi.Reply oldestFirst = vendor.get("/webhooks?order_by=created_at&limit=10");
    HttpApi.Reply before = vendor.get("/webhooks?order_by=created_at&ending_before=" + keys.get(3));

    assertThat(newest.items())
        .extracting(w -> w.get("key"))
        .containsExactly(keys.get(4), keys.get(3));
    assertThat(newest.hasMore()).isTrue();
    assertThat(next.items())
        .extracting(w -> w.get("key"))
        .containsExactly(keys.get(2), keys.get(1));
    assertThat(next.hasMore()).isTrue();
    assertThat(oldestFirst.items()).extracting(w -> w.get("key")).containsExactlyElementsOf(keys);
    assertThat(oldestFirst.hasMore()).isFalse();
    assertThat(before.items())
        .extracting(w -> w.get("key"))
        .containsExactly(keys.get(0), keys.get(1), keys.get(2));
    assertThat(before.hasMore()).isFalse();

    vendor.patch("/webhooks/" + keys.get(0), map("target", TARGET + "/v2"));
    assertThat(vendor.get("/webhooks?order_by=-updated_at&limit=1").items().get(0).get("key"))
        .isEqualTo(keys.get(0));
  }

  @Test
  void badQueries_get400() {
    String key = (String) create(List.of("customer.created")).get("key");

    assertThat(vendor.get("/webhooks?limit=0").errorField()).isEqualTo("limit");
    assertThat(vendor.get("/webhooks?limit=251").status()).isEqualTo(400);
    assertThat(vendor.get("/webhooks?starting_after=wh_nope").errorCode()).isEqualTo("unknown_key");
    assertThat(vendor.get("/webhooks?starting_after=a&ending_before=b").status()).isEqualTo(400);
    assertThat(vendor.get("/webhooks?order_by=target").errorField()).isEqualTo("order_by");
    assertThat(vendor.get("/webhooks?target=x").errorCode()).isEqualTo("unknown_parameter");
    assertThat(vendor.get("/webhooks/" + key + "?expand=secret").errorCode())
        .isEqualTo("unknown_parameter");
    HttpApi.Reply byUpdate = vendor.get("/webhooks/" + key + "/deliveries?order_by=updated_at");
    assertThat(byUpdate.status()).isEqualTo(400);
    assertThat(byUpdate.errorField()).isEqualTo("order_by");
    assertThat(vendor.get("/webhooks/" + key + "/deliveries?starting_after=whd_x").errorCode())
        .isEqualTo("unknown_key");
  }

  @Test
  void deliveries_ofANewWebhook_areAnEmptyPage() {
    String key = (String) create(List.of("customer.created")).get("key");

    HttpApi.Reply reply = vendor.get("/webhooks/" + key + "/deliveries");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("message")).isEqualTo("Webhook deliveries retrieved");
    assertThat(reply.items()).isEmpty();
    assertThat(reply.hasMore()).isFalse();
  }

  @Test
  void otherMethods_get405_andCredentialsAreRequired() {
    String key = (String) create(List.of("customer.created")).get("key");

    HttpApi.Reply put = vendor.send("PUT", "/webhooks/" + key, "{}".getBytes(), "application/json");
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.header("Allow")).isEqualTo("GET, HEAD, PATCH, DELETE");
    assertThat(vendor.send("POST", "/webhooks/" + key + "/deliveries", null, null).status())
        .isEqualTo(405);
    assertThat(HttpApi.withAuthorization(server, null).get("/webhooks").status()).isEqualTo(401);
    assertThat(
            HttpApi.withAuthorization(server, HttpApi.basic(server.publicKey(), "wrong"))
                .get("/webhooks")
                .status())
        .isEqualTo(401);
  }

  @Test
  void resetEmptiesTheWebhooks() {
    create(List.of("customer.created"));

    server.reset();

    assertThat(vendor.get("/webhooks").items()).isEmpty();
  }

  private Map<String, Object> create(List<String> events) {
    HttpApi.Reply reply = vendor.post("/webhooks", map("target", TARGET, "events", events));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.data();
  }

  private Map<String, Object> error(Map<String, Object> body) {
    HttpApi.Reply reply = vendor.post("/webhooks", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.errors()).as(reply.toString()).hasSize(1);
    return reply.errors().get(0);
  }
}
