package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.seed.Seed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Webhook delivery end to end: a real server on a random port posting to local receivers. Waits are
 * bounded against hangs; nothing asserts how fast anything was.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebhookDeliveryAcceptanceTest {
  /** 5 attempts, 20 ms backoff, 5 s timeout: shared by the tests that need nothing else. */
  private static MockServer fastServer;

  private final List<AutoCloseable> resources = new ArrayList<>();
  private MockServer server;
  private HttpApi vendor;

  @BeforeAll
  static void startFastServer() {
    fastServer = fast().build().start();
  }

  @AfterAll
  static void stopFastServer() {
    fastServer.stop();
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  // ---- signature and payload ----

  @Test
  void signature_verifiesWithTheSecret_andFailsWithAnother() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver();
    Map<String, Object> webhook =
        subscribe(receiver, List.of("customer.created"), "whsec_test_secret");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));

    WebhookReceiver.Request request = receiver.awaitAccepted(1).get(0);
    assertThat(webhook.get("secret")).isEqualTo("whsec_test_secret");
    assertThat(request.header("X-Webhook-Signature")).matches("t=[0-9]+,v1=[0-9a-f]{64}");
    assertThat(request.signedWith("whsec_test_secret")).isTrue();
    assertThat(request.signedWith("whsec_other_secret")).isFalse();
    assertThat(request.signedAtSeconds())
        .isBetween(
            System.currentTimeMillis() / 1000 - 300, System.currentTimeMillis() / 1000 + 300);
  }

  @Test
  void generatedSecret_isShownOnce_andSignsTheDeliveries() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver();
    Map<String, Object> webhook = subscribe(receiver, List.of("customer.created"), null);
    String secret = (String) webhook.get("secret");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));

    assertThat(secret).matches("whsec_[0-9a-f]{48}");
    assertThat(receiver.awaitAccepted(1).get(0).signedWith(secret)).isTrue();
    assertThat(vendor.get("/webhooks/" + webhook.get("key")).data()).doesNotContainKey("secret");
  }

  @Test
  void customerEvents_carryTheCustomerAsTheApiReturnsIt_andTheChangedFields() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver();
    subscribe(receiver, List.of("customer.created", "customer.updated", "customer.deleted"), null);
    vendor.post("/customer-properties", map("api_name", "mrr", "label", "MRR", "type", "currency"));

    Map<String, Object> created =
        Fixtures.customer(
            vendor,
            map(
                "customer_key",
                "acct_1",
                "email",
                "ana@example.com",
                "name",
                "Acme",
                "partner_key",
                "partner_a",
                "meta",
                map("mrr", 100)));
    Map<String, Object> updated =
        vendor
            .patch("/customers/acct_1", map("name", "Acme Ltd", "meta", map("mrr", "1200")))
            .data();
    Map<String, Object> archived = vendor.delete("/customers/acct_1").data();

    List<WebhookReceiver.Request> events = receiver.awaitAccepted(3);
    assertThat(events)
        .extracting(WebhookReceiver.Request::event)
        .containsExactly("customer.created", "customer.updated", "customer.deleted");
    assertThat(events.get(0).data()).isEqualTo(created);
    assertThat(events.get(0).json()).doesNotContainKey("changes");
    assertThat(events.get(1).data()).isEqualTo(updated);
    assertThat(events.get(1).changes())
        .isEqualTo(
            map(
                "name", map("from", "Acme", "to", "Acme Ltd"),
                "meta.mrr", map("from", "100.00", "to", "1200.00")));
    assertThat(events.get(2).data()).isEqualTo(archived);
    assertThat(events.get(2).changes()).isEqualTo(map("archived", map("from", false, "to", true)));
    for (WebhookReceiver.Request event : events) {
      assertThat(event.json().keySet()).startsWith("event", "event_key", "created_at", "data");
      assertThat(event.eventKey()).startsWith("evt_").isEqualTo(event.json().get("event_key"));
      assertThat(event.header("X-Webhook-Event")).isEqualTo(event.event());
      assertThat(event.header("Content-Type")).isEqualTo("application/json");
      assertThat(((Number) event.json().get("created_at")).longValue())
          .isEqualTo(((Number) event.data().get("updated_at")).longValue());
    }
    assertThat(events.stream().map(WebhookReceiver.Request::eventKey).distinct()).hasSize(3);
  }

  @Test
  void propertyEvents_onCreateUpdateAndArchive() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver();
    subscribe(
        receiver,
        List.of(
            "customer_property.created", "customer_property.updated", "customer_property.deleted"),
        null);

    Map<String, Object> created =
        vendor
            .post("/customer-properties", map("api_name", "plan", "label", "Plan", "type", "input"))
            .data();
    vendor.patch("/customer-properties/plan", map("label", "Plan")); // changes nothing
    Map<String, Object> updated =
        vendor.patch("/customer-properties/plan", map("label", "Subscription plan")).data();
    vendor.delete("/customer-properties/plan");

    List<WebhookReceiver.Request> events = receiver.awaitAccepted(3);
    assertThat(events)
        .extracting(WebhookReceiver.Request::event)
        .containsExactly(
            "customer_property.created", "customer_property.updated", "customer_property.deleted");
    assertThat(events.get(0).data()).isEqualTo(created);
    assertThat(events.get(1).data()).isEqualTo(updated);
    assertThat(events.get(1).changes())
        .isEqualTo(map("label", map("from", "Plan", "to", "Subscription plan")));
    assertThat(events.get(2).changes()).isEqualTo(map("archived", map("from", false, "to", true)));
  }

  @Test
  void patchThatChangesNothing_sendsNoEvent() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver();
    subscribe(receiver, List.of("customer.created", "customer.updated"), null);
    vendor.post("/customer-properties", map("api_name", "mrr", "label", "MRR", "type", "currency"));
    Fixtures.customer(
        vendor,
        map(
            "customer_key",
            "acct_1",
            "email",
            "a@example.com",
            "name",
            "Acme",
            "partner_key",
            "partner_a",
            "meta",
            map("mrr", "100.00")));

    HttpApi.Reply noChange =
        vendor.patch("/customers/acct_1", map("name", "Acme", "meta", map("mrr", 100)));
    vendor.patch("/customers/acct_1", map("name", "Acme 2"));

    // One customer's events arrive in order: an event for the first PATCH would come before this.
    List<WebhookReceiver.Request> events = receiver.awaitAccepted(2);
    assertThat(noChange.status()).isEqualTo(200);
    assertThat(events)
        .extracting(WebhookReceiver.Request::event)
        .containsExactly("customer.created", "customer.updated");
    assertThat(events.get(1).changes()).isEqualTo(map("name", map("from", "Acme", "to", "Acme 2")));
  }

  @Test
  void onlySubscribedEvents_areSent_andPartnerWritesCount() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver();
    subscribe(receiver, List.of("customer.updated"), null);
    String partnerApiKey = Fixtures.partner(vendor, "partner_b");
    vendor.post("/customer-properties", map("api_name", "plan", "label", "Plan", "type", "input"));
    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_b"));

    HttpApi partner = HttpApi.bearer(server, partnerApiKey);
    assertThat(partner.patch("/partner/customers/acct_1", map("meta", map("plan", "pro"))).status())
        .isEqualTo(200);

    WebhookReceiver.Request event = receiver.awaitAccepted(1).get(0);
    assertThat(event.event()).isEqualTo("customer.updated");
    assertThat(event.changes()).isEqualTo(map("meta.plan", map("from", null, "to", "pro")));
  }

  // ---- retries ----

  @Test
  void failedAttempts_areRetriedUntilSuccess_andEveryAttemptIsListed() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver().respond((request, attempt) -> attempt < 3 ? 500 : 204);
    String webhookKey = (String) subscribe(receiver, List.of("customer.created"), null).get("key");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));

    receiver.awaitAccepted(1);
    List<WebhookReceiver.Request> requests = receiver.requests();
    assertThat(requests).extracting(WebhookReceiver.Request::status).containsExactly(500, 500, 204);
    assertThat(requests.stream().map(WebhookReceiver.Request::eventKey).distinct()).hasSize(1);
    assertThat(requests.stream().map(r -> new String(r.body())).distinct()).hasSize(1);
    String eventKey = requests.get(0).eventKey();

    List<Map<String, Object>> attempts =
        awaitDeliveries(webhookKey, "?order_by=created_at", items -> items.size() == 3);
    assertThat(attempts).extracting(a -> a.get("attempt")).containsExactly(num(1), num(2), num(3));
    assertThat(attempts)
        .extracting(a -> a.get("status_code"))
        .containsExactly(num(500), num(500), num(204));
    assertThat(attempts).extracting(a -> a.get("succeeded")).containsExactly(false, false, true);
    assertThat(attempts).allSatisfy(a -> assertThat(a.get("event_key")).isEqualTo(eventKey));
    assertThat(attempts).allSatisfy(a -> assertThat(a.get("event")).isEqualTo("customer.created"));
    assertThat(attempts).allSatisfy(a -> assertThat(a.get("webhook_key")).isEqualTo(webhookKey));
    assertThat(attempts).allSatisfy(a -> assertThat(a.get("target")).isEqualTo(receiver.url()));
    assertThat(attempts).allSatisfy(a -> assertThat(a.get("error")).isNull());
    assertThat(attempts).allSatisfy(a -> assertThat((String) a.get("key")).startsWith("whd_"));
    assertThat(attempts.get(0).get("next_attempt_at")).isNotNull();
    assertThat(attempts.get(1).get("next_attempt_at")).isNotNull();
    assertThat(attempts.get(2).get("next_attempt_at")).isNull();
    // the default order is newest first, and event_key filters
    assertThat(deliveries(webhookKey, "?event_key=" + eventKey))
        .extracting(a -> a.get("attempt"))
        .containsExactly(num(3), num(2), num(1));
    assertThat(deliveries(webhookKey, "?event_key=evt_unknown")).isEmpty();
  }

  @Test
  void anEventThatUsesUpItsAttempts_isGivenUp_andTheCustomersNextEventFollows() throws Exception {
    useFastServer();
    WebhookReceiver receiver =
        receiver()
            .respond((request, attempt) -> request.event().equals("customer.created") ? 503 : 200);
    String webhookKey =
        (String)
            subscribe(receiver, List.of("customer.created", "customer.updated"), null).get("key");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));
    vendor.patch("/customers/acct_1", map("name", "Acme"));

    receiver.awaitAccepted(1);
    assertThat(receiver.requests())
        .extracting(r -> r.event() + " " + r.status())
        .containsExactly(
            "customer.created 503",
            "customer.created 503",
            "customer.created 503",
            "customer.created 503",
            "customer.created 503",
            "customer.updated 200");
    List<Map<String, Object>> attempts =
        awaitDeliveries(webhookKey, "?order_by=created_at", items -> items.size() == 6);
    assertThat(attempts.get(4))
        .containsEntry("attempt", num(5))
        .containsEntry("status_code", num(503))
        .containsEntry("succeeded", false)
        .containsEntry("next_attempt_at", null);
  }

  @Test
  void aTargetThatDoesNotAnswerInTime_isRetried() throws Exception {
    useFastServer();
    WebhookReceiver receiver =
        receiver().respond((request, attempt) -> attempt == 1 ? WebhookReceiver.HANG : 200);
    String webhookKey = (String) subscribe(receiver, List.of("customer.created"), null).get("key");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));

    receiver.awaitAccepted(1);
    List<Map<String, Object>> attempts =
        awaitDeliveries(webhookKey, "?order_by=created_at", items -> items.size() == 2);
    assertThat(attempts.get(0))
        .containsEntry("status_code", null)
        .containsEntry("error", "timeout after 5000 ms")
        .containsEntry("succeeded", false);
    assertThat(attempts.get(1))
        .containsEntry("status_code", num(200))
        .containsEntry("succeeded", true);
  }

  @Test
  void aTargetThatRefusesConnections_isRecordedWithTheError() throws Exception {
    useFastServer();
    WebhookReceiver closed = receiver();
    String url = closed.url();
    closed.close();
    String webhookKey =
        (String)
            vendor
                .post("/webhooks", map("target", url, "events", List.of("customer.created")))
                .data()
                .get("key");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));

    List<Map<String, Object>> attempts =
        awaitDeliveries(webhookKey, "?order_by=created_at", items -> items.size() == 5);
    assertThat(attempts).extracting(a -> a.get("status_code")).containsOnlyNulls();
    assertThat(attempts).extracting(a -> a.get("error")).containsOnly("connection refused");
  }

  // ---- order ----

  @Test
  void eventsOfEachCustomer_arriveInOrder_underConcurrentUpdatesAndRetries() throws Exception {
    useFastServer();
    vendor.post("/customer-properties", map("api_name", "note", "label", "Note", "type", "input"));
    WebhookReceiver receiver = receiver();
    // Every third event fails its first attempt, so retries interleave with later writes.
    AtomicInteger firstAttempts = new AtomicInteger();
    receiver.respond(
        (request, attempt) -> attempt == 1 && firstAttempts.incrementAndGet() % 3 == 0 ? 500 : 200);
    subscribe(receiver, List.of("customer.created", "customer.updated"), null);
    List<String> customers = List.of("acct_a", "acct_b", "acct_c");
    for (String customer : customers) {
      Fixtures.customer(
          vendor,
          map(
              "customer_key",
              customer,
              "email",
              customer + "@example.com",
              "partner_key",
              "partner_a",
              "meta",
              map("note", "init")));
    }

    int threads = 6;
    int updatesPerThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < updatesPerThread; i++) {
                  String customer = customers.get((thread + i) % customers.size());
                  HttpApi.Reply reply =
                      vendor.patch(
                          "/customers/" + customer,
                          map("meta", map("note", "t" + thread + "-" + i)));
                  assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                }
                return updatesPerThread;
              }));
    }
    for (Future<Integer> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    int expected = customers.size() + threads * updatesPerThread;
    // At least once: a receiver deduplicates by event key (an attempt that timed out on a busy
    // machine may have been received).
    List<WebhookReceiver.Request> accepted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (WebhookReceiver.Request request : receiver.awaitAccepted(expected)) {
      if (seen.add(request.eventKey())) {
        accepted.add(request);
      }
    }
    assertThat(accepted).hasSize(expected);
    assertThat(receiver.requests().size()).isGreaterThan(expected); // some were retried
    Map<String, List<WebhookReceiver.Request>> byCustomer = new LinkedHashMap<>();
    for (WebhookReceiver.Request request : accepted) {
      byCustomer
          .computeIfAbsent((String) request.data().get("customer_key"), c -> new ArrayList<>())
          .add(request);
    }
    for (String customer : customers) {
      List<WebhookReceiver.Request> events = byCustomer.get(customer);
      assertThat(events.get(0).event()).isEqualTo("customer.created");
      for (int i = 1; i < events.size(); i++) {
        WebhookReceiver.Request previous = events.get(i - 1);
        WebhookReceiver.Request event = events.get(i);
        assertThat(updatedAt(event)).as(customer + " #" + i).isGreaterThan(updatedAt(previous));
        assertThat(event.changes().get("meta.note"))
            .as(customer + " #" + i)
            .isEqualTo(map("from", note(previous), "to", note(event)));
      }
      Map<String, Object> current = vendor.get("/customers/" + customer).data();
      assertThat(note(events.get(events.size() - 1))).isEqualTo(meta(current).get("note"));
    }
  }

  // ---- isolation ----

  @Test
  void aHangingTarget_doesNotHoldUpTheApi_norOtherTargets() throws Exception {
    start(fast().webhookTimeout(Duration.ofMinutes(2)));
    WebhookReceiver hanging = receiver().respond((request, attempt) -> WebhookReceiver.HANG);
    WebhookReceiver healthy = receiver();
    List<String> events = List.of("customer.created", "customer.updated");
    String hangingKey = (String) subscribe(hanging, events, null).get("key");
    subscribe(healthy, events, null);

    List<String> customers = List.of("acct_a", "acct_b", "acct_c", "acct_d", "acct_e", "acct_f");
    for (String customer : customers) {
      Fixtures.customer(vendor, Bodies.customer(customer, "partner_a"));
    }
    hanging.awaitHanging(4); // the webhook's attempts in progress, all held
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> writes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String customer = customers.get(i % customers.size());
      int n = i;
      writes.add(
          pool.submit(() -> vendor.patch("/customers/" + customer, map("name", "n" + n)).status()));
    }
    for (Future<Integer> write : writes) {
      assertThat(write.get(60, TimeUnit.SECONDS)).isEqualTo(200);
    }
    pool.shutdown();

    // Every write answered, and the healthy target got every event, while the hanging one still
    // holds its connections and no attempt of its has ended.
    healthy.awaitAccepted(customers.size() + 40);
    assertThat(vendor.get("/customers?limit=250").items()).hasSize(customers.size());
    assertThat(hanging.hanging()).isGreaterThanOrEqualTo(4);
    assertThat(deliveries(hangingKey, "")).isEmpty();

    // stop() does not wait for the hanging attempts
    server.stop();
  }

  @Test
  void aFullQueue_dropsNewEvents_andRecordsTheDrops() throws Exception {
    start(fast().webhookTimeout(Duration.ofMinutes(2)).webhookQueueCapacity(3));
    WebhookReceiver hanging = receiver().respond((request, attempt) -> WebhookReceiver.HANG);
    String webhookKey =
        (String)
            subscribe(hanging, List.of("customer.created", "customer.updated"), null).get("key");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));
    for (int i = 0; i < 5; i++) {
      assertThat(vendor.patch("/customers/acct_1", map("name", "n" + i)).status()).isEqualTo(200);
    }

    // created is in flight, updates 1 and 2 wait, updates 3 to 5 find the queue full
    List<Map<String, Object>> drops =
        awaitDeliveries(webhookKey, "?order_by=created_at", items -> items.size() == 3);
    assertThat(drops).extracting(d -> d.get("attempt")).containsOnly(num(0));
    assertThat(drops).extracting(d -> d.get("error")).containsOnly("queue_full");
    assertThat(drops).extracting(d -> d.get("event")).containsOnly("customer.updated");
    assertThat(drops).extracting(d -> d.get("next_attempt_at")).containsOnlyNulls();
    hanging.awaitHanging(1);
    assertThat(hanging.requests()).hasSize(1);
  }

  // ---- subscriptions change ----

  @Test
  void patchedTargetAndSecret_applyToLaterEvents_andDeletedWebhooksGetNothing() throws Exception {
    useFastServer();
    WebhookReceiver first = receiver();
    WebhookReceiver second = receiver();
    String key = (String) subscribe(first, List.of("customer.created"), "secret-one").get("key");

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));
    first.awaitAccepted(1);
    vendor.patch("/webhooks/" + key, map("target", second.url(), "secret", "secret-two"));
    Fixtures.customer(vendor, Bodies.customer("acct_2", "partner_a"));
    WebhookReceiver.Request moved = second.awaitAccepted(1).get(0);
    vendor.delete("/webhooks/" + key);
    WebhookReceiver third = receiver();
    subscribe(third, List.of("customer.created"), null);
    Fixtures.customer(vendor, Bodies.customer("acct_3", "partner_a"));
    third.awaitAccepted(1);

    assertThat(moved.signedWith("secret-two")).isTrue();
    assertThat(moved.data().get("customer_key")).isEqualTo("acct_2");
    assertThat(first.requests()).hasSize(1);
    assertThat(second.requests()).hasSize(1);
  }

  @Test
  void resetAndSeed_deleteTheWebhooks() throws Exception {
    useFastServer();
    WebhookReceiver receiver = receiver();
    subscribe(receiver, List.of("customer.created"), null);

    server.reset();
    assertThat(vendor.get("/webhooks").items()).isEmpty();

    subscribe(receiver, List.of("customer.created"), null);
    HttpApi.Reply seeded =
        vendor.post("/__admin/customer-properties/seed", map("seed", "demo", "customers", 5));
    assertThat(seeded.status()).isEqualTo(200);
    assertThat(vendor.get("/webhooks").items()).isEmpty();
    assertThat(receiver.requests()).isEmpty(); // seeded customers are not events
  }

  // ---- helpers ----

  private static MockServer.Builder fast() {
    return MockServer.builder()
        .seed(Seed.EMPTY)
        .webhookAttempts(5)
        .webhookBackoff(Duration.ofMillis(20))
        .webhookTimeout(Duration.ofSeconds(5));
  }

  /** The shared server, emptied (webhooks included). */
  private void useFastServer() {
    fastServer.reset();
    use(fastServer);
  }

  /** A server of this test's own, stopped after it. */
  private void start(MockServer.Builder builder) {
    MockServer own = builder.build().start();
    resources.add(0, own);
    use(own);
  }

  private void use(MockServer server) {
    this.server = server;
    vendor = HttpApi.vendor(server);
    Fixtures.partner(vendor, "partner_a");
  }

  private WebhookReceiver receiver() throws Exception {
    WebhookReceiver receiver = new WebhookReceiver();
    resources.add(receiver);
    return receiver;
  }

  private Map<String, Object> subscribe(
      WebhookReceiver receiver, List<String> events, String secret) {
    return Fixtures.webhook(vendor, receiver.url(), events, secret);
  }

  private List<Map<String, Object>> deliveries(String webhookKey, String query) {
    HttpApi.Reply reply = vendor.get("/webhooks/" + webhookKey + "/deliveries" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.items();
  }

  /** The server records an attempt just after the receiver answered: poll until it shows. */
  private List<Map<String, Object>> awaitDeliveries(
      String webhookKey, String query, Predicate<List<Map<String, Object>>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    List<Map<String, Object>> items = deliveries(webhookKey, query);
    while (!condition.test(items)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for deliveries; have " + items);
      }
      Thread.sleep(20);
      items = deliveries(webhookKey, query);
    }
    return items;
  }

  private static Object num(int value) {
    return new java.math.BigDecimal(value);
  }

  private static long updatedAt(WebhookReceiver.Request event) {
    return ((Number) event.data().get("updated_at")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> meta(Map<String, Object> customer) {
    return (Map<String, Object>) customer.get("meta");
  }

  private static Object note(WebhookReceiver.Request event) {
    return meta(event.data()).get("note");
  }
}
