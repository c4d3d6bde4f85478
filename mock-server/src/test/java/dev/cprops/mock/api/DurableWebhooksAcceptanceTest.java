package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.persistence.CrashCopy;
import dev.cprops.mock.persistence.RecoveryReport;
import dev.cprops.mock.seed.Seed;
import dev.cprops.mock.webhooks.WebhookStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks with a data directory: subscriptions (secrets included) come back after a restart, and
 * events acknowledged but not yet delivered (the target was down) are delivered after it, with the
 * same event key and body. A crash is simulated by copying the directory's files while the server
 * runs: the copy holds exactly what reached the file system.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DurableWebhooksAcceptanceTest {
  private static final int DOWN = 503;

  @TempDir Path dataDir;

  private final List<AutoCloseable> resources = new ArrayList<>();
  private MockServer server;
  private HttpApi vendor;

  @AfterEach
  void tearDown() throws Exception {
    stopServer();
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  @Test
  void createdUpdatedAndDeletedWebhooks_comeBackAfterARestart_signingWithTheirSecrets()
      throws Exception {
    WebhookReceiver toA = receiver();
    WebhookReceiver toB = receiver();
    start(dataDir);
    Fixtures.partner(vendor, "partner_a");
    String a = key(subscribe(toA, List.of("customer.updated"), "whsec_first_a"));
    Map<String, Object> createdB = subscribe(toB, List.of("customer.created"), null);
    String b = key(createdB);
    String generatedSecretOfB = (String) createdB.get("secret");
    String c = key(subscribe(toB, List.of("customer.created"), "whsec_c"));
    assertThat(vendor.delete("/webhooks/" + c).status()).isEqualTo(200);
    Fixtures.customer(vendor, Bodies.customer("acct_0", "partner_a"));
    toB.awaitAccepted(1);
    awaitStats(new WebhookStats(2, 0, 1, 0));
    assertThat(vendor.get("/webhooks/" + b + "/deliveries").items()).hasSize(1);
    assertThat(
            vendor
                .patch(
                    "/webhooks/" + a,
                    map(
                        "secret",
                        "whsec_second_a",
                        "events",
                        List.of("customer.created", "customer.deleted")))
                .status())
        .isEqualTo(200);
    List<Map<String, Object>> before = vendor.get("/webhooks?order_by=created_at").items();

    restart(dataDir);

    assertThat(vendor.get("/webhooks?order_by=created_at").items()).isEqualTo(before);
    assertThat(before).extracting(w -> w.get("key")).containsExactly(a, b);
    assertThat(vendor.get("/webhooks/" + c).status()).isEqualTo(404);
    assertThat(server.webhooks().stats()).isEqualTo(new WebhookStats(2, 0, 0, 0));
    assertThat(vendor.get("/webhooks/" + b + "/deliveries").items())
        .as("the delivery history is not durable")
        .isEmpty();

    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));

    WebhookReceiver.Request toAfterRestartA = toA.awaitAccepted(1).get(0);
    WebhookReceiver.Request toAfterRestartB = toB.awaitAccepted(2).get(1);
    assertThat(toAfterRestartA.event()).isEqualTo("customer.created");
    assertThat(toAfterRestartA.signedWith("whsec_second_a")).isTrue();
    assertThat(toAfterRestartA.signedWith("whsec_first_a")).isFalse();
    assertThat(toAfterRestartB.signedWith(generatedSecretOfB)).isTrue();
    assertThat(toAfterRestartB.eventKey()).isEqualTo(toAfterRestartA.eventKey());
  }

  @Test
  void eventsWaitingAtAStop_areDeliveredAfterTheRestart_withTheirKeysAndBodies() throws Exception {
    WebhookReceiver receiver = receiver().respond((request, attempt) -> DOWN);
    start(dataDir);
    Fixtures.partner(vendor, "partner_a");
    subscribe(receiver, List.of("customer.created", "customer.updated"), "whsec_outbox");
    writeFiveChanges();
    receiver.await("a first attempt of each customer's first event", r -> r.size() >= 3);
    assertThat(server.webhooks().stats().pending()).isEqualTo(5);

    server.stop();
    receiver.respond((request, attempt) -> 200);
    restart(dataDir);

    List<WebhookReceiver.Request> delivered = receiver.awaitAccepted(5);
    assertDeliveredInOrder(delivered, receiver.requests(), "whsec_outbox");
    awaitStats(new WebhookStats(1, 0, 5, 0));

    restart(dataDir);

    assertThat(server.webhooks().stats())
        .as("nothing is sent twice")
        .isEqualTo(new WebhookStats(1, 0, 0, 0));
    assertThat(server.recovery()).map(RecoveryReport::journalRecords).contains(5L);
  }

  @Test
  void eventsOfAcknowledgedWrites_surviveACrash() throws Exception {
    WebhookReceiver receiver = receiver().respond((request, attempt) -> DOWN);
    start(dataDir);
    Fixtures.partner(vendor, "partner_a");
    subscribe(receiver, List.of("customer.created", "customer.updated"), "whsec_outbox");
    writeFiveChanges();
    Path crashed = CrashCopy.of(dataDir);
    stopServer();
    receiver.respond((request, attempt) -> 200);

    start(crashed);

    List<WebhookReceiver.Request> delivered = receiver.awaitAccepted(5);
    assertDeliveredInOrder(delivered, receiver.requests(), "whsec_outbox");
  }

  @Test
  void aCompactedDataDir_keepsWebhooksAndTheEventsStillToDeliver() throws Exception {
    WebhookReceiver receiver = receiver().respond((request, attempt) -> DOWN);
    start(dataDir);
    Fixtures.partner(vendor, "partner_a");
    String key = key(subscribe(receiver, List.of("customer.created", "customer.updated"), "s1"));
    writeFiveChanges();
    List<Map<String, Object>> before = vendor.get("/webhooks").items();

    restart(dataDir); // replays the journal and compacts it into a snapshot
    restart(dataDir);

    assertThat(server.recovery()).map(RecoveryReport::journalRecords).contains(0L);
    assertThat(vendor.get("/webhooks").items()).isEqualTo(before);
    assertThat(server.webhooks().stats().pending()).isEqualTo(5);
    assertThat(vendor.get("/webhooks/" + key).status()).isEqualTo(200);
    receiver.respond((request, attempt) -> 200);
    server.stop(); // the restarted server delivers at once, not after the first attempt's backoff
    start(dataDir);
    assertDeliveredInOrder(receiver.awaitAccepted(5), receiver.requests(), "s1");
  }

  @Test
  void aResetIsDurable_forWebhooksToo() throws Exception {
    WebhookReceiver receiver = receiver().respond((request, attempt) -> DOWN);
    start(dataDir);
    Fixtures.partner(vendor, "partner_a");
    subscribe(receiver, List.of("customer.created", "customer.updated"), "s1");
    writeFiveChanges();

    server.reset();
    restart(dataDir);

    assertThat(vendor.get("/webhooks").items()).isEmpty();
    assertThat(server.webhooks().stats()).isEqualTo(new WebhookStats(0, 0, 0, 0));
  }

  @Test
  void withoutADataDir_webhooksAreGoneAfterARestart() throws Exception {
    WebhookReceiver receiver = receiver();
    start(null);
    subscribe(receiver, List.of("customer.created"), "s1");

    restart(null);

    assertThat(vendor.get("/webhooks").items()).isEmpty();
  }

  // ---- helpers ----

  /** Five acknowledged changes on three customers: acct_1 created and updated twice. */
  private void writeFiveChanges() {
    Fixtures.customer(vendor, Bodies.customer("acct_1", "partner_a"));
    Fixtures.customer(vendor, Bodies.customer("acct_2", "partner_a"));
    Fixtures.customer(vendor, Bodies.customer("acct_3", "partner_a"));
    assertThat(vendor.patch("/customers/acct_1", map("name", "one")).status()).isEqualTo(200);
    assertThat(vendor.patch("/customers/acct_1", map("name", "two")).status()).isEqualTo(200);
  }

  /**
   * The five changes arrived, signed, once each, acct_1's in the order of the writes, and each with
   * the same body as any attempt of it before the restart.
   */
  private static void assertDeliveredInOrder(
      List<WebhookReceiver.Request> delivered, List<WebhookReceiver.Request> all, String secret) {
    Map<String, WebhookReceiver.Request> byEvent = new LinkedHashMap<>();
    delivered.forEach(request -> byEvent.putIfAbsent(request.eventKey(), request));
    assertThat(byEvent).hasSize(5);
    assertThat(byEvent.values()).allSatisfy(r -> assertThat(r.signedWith(secret)).isTrue());
    List<String> acct1 =
        byEvent.values().stream()
            .filter(r -> "acct_1".equals(r.data().get("customer_key")))
            .map(r -> r.event() + ":" + r.data().get("name"))
            .toList();
    assertThat(acct1)
        .containsExactly("customer.created:null", "customer.updated:one", "customer.updated:two");
    for (WebhookReceiver.Request attempt : all) {
      WebhookReceiver.Request accepted = byEvent.get(attempt.eventKey());
      assertThat(attempt.body()).as(attempt.eventKey()).isEqualTo(accepted.body());
    }
  }

  private void awaitStats(WebhookStats expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!server.webhooks().stats().equals(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Timed out waiting for " + expected + "; have " + server.webhooks().stats());
      }
      Thread.sleep(20);
    }
  }

  private void start(Path dir) {
    server =
        MockServer.builder()
            .seed(Seed.EMPTY)
            .dataDir(dir)
            .webhookAttempts(100)
            .webhookBackoff(Duration.ofMinutes(1))
            .webhookTimeout(Duration.ofSeconds(5))
            .build()
            .start();
    vendor = HttpApi.vendor(server);
  }

  private void restart(Path dir) {
    stopServer();
    start(dir);
  }

  private void stopServer() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private WebhookReceiver receiver() throws IOException {
    WebhookReceiver receiver = new WebhookReceiver();
    resources.add(receiver);
    return receiver;
  }

  private Map<String, Object> subscribe(
      WebhookReceiver receiver, List<String> events, String secret) {
    return Fixtures.webhook(vendor, receiver.url(), events, secret);
  }

  private static String key(Map<String, Object> webhook) {
    return (String) webhook.get("key");
  }
}
