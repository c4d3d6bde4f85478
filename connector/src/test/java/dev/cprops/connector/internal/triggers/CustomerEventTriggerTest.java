package dev.cprops.connector.internal.triggers;

import static dev.cprops.connector.internal.actions.FakeApi.customer;
import static dev.cprops.connector.internal.actions.FakeApi.error;
import static dev.cprops.connector.internal.actions.FakeApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.internal.actions.FakeApi;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.WebhookTrigger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerEventTriggerTest {
  private static final String SECRET = "whsec_test";
  private static final Map<String, Object> SUBSCRIPTION =
      Map.of("webhook_key", "wh_1", "secret", SECRET);
  private static final byte[] BODY =
      ("{\"event\":\"customer.updated\",\"event_key\":\"evt_1\",\"created_at\":1732442400000,"
              + "\"data\":"
              + customer("cus_1", "acct_42", 1732442400000L, "\"mrr\":\"1200.00\"")
              + ",\"changes\":{\"meta.mrr\":{\"from\":\"100.00\",\"to\":\"1200.00\"},"
              + "\"name\":{\"from\":\"Acme\",\"to\":\"Acme Ltd\"}}}")
          .getBytes(StandardCharsets.UTF_8);

  private final FakeApi api;
  private final WebhookTrigger trigger;

  CustomerEventTriggerTest() throws IOException {
    api = new FakeApi();
    trigger =
        new CustomerEventTrigger(
            api.connector::context,
            Clock.fixed(FakeApi.NOW, ZoneOffset.UTC),
            Duration.ofMinutes(5));
  }

  @AfterEach
  void close() {
    api.close();
  }

  private static Map<String, String> signed(long t, byte[] body, String secret) {
    return Map.of(
        "x-webhook-signature", "t=" + t + ",v1=" + WebhookSignature.sign(secret, t, body));
  }

  @Test
  void subscribe_registersTheCallbackWithAFreshSecret() {
    api.on("POST /webhooks", ok("{\"key\":\"wh_9\"}"));

    Map<String, Object> subscription =
        trigger.subscribe(
            api.vendor(),
            Map.of("events", List.of("customer.updated")),
            "https://hooks.example/cb");

    assertThat(subscription).containsEntry("webhook_key", "wh_9");
    String secret = (String) subscription.get("secret");
    assertThat(secret).hasSize(64);
    assertThat(api.body(0))
        .isEqualTo(
            "{\"target\":\"https://hooks.example/cb\",\"events\":[\"customer.updated\"],\"secret\":\""
                + secret
                + "\"}");
  }

  @Test
  void unsubscribe_deletes_andAGoneWebhookIsFine() {
    api.on("DELETE /webhooks/wh_1", error(404, "Not found"));

    trigger.unsubscribe(api.vendor(), SUBSCRIPTION);

    assertThat(api.lines()).containsExactly("DELETE /webhooks/wh_1");
  }

  @Test
  void aSignedNotification_becomesATypedEventWithChanges() {
    long t = FakeApi.NOW.getEpochSecond() - 60;

    List<Map<String, Object>> events =
        trigger.onNotification(api.vendor(), SUBSCRIPTION, signed(t, BODY, SECRET), BODY);

    assertThat(events).hasSize(1);
    Map<String, Object> event = events.get(0);
    assertThat(event)
        .containsEntry("event", "customer.updated")
        .containsEntry("event_key", "evt_1")
        .containsEntry("created_at", "2024-11-24T10:00:00Z");
    assertThat(event.get("changes"))
        .isEqualTo(
            List.of(
                Map.of(
                    "field",
                    "meta.mrr",
                    "from",
                    new BigDecimal("100.00"),
                    "to",
                    new BigDecimal("1200.00")),
                Map.of("field", "name", "from", "Acme", "to", "Acme Ltd")));
    assertThat(trigger.dedupKey(event)).isEqualTo("evt_1");
  }

  @Test
  void aForgedSignatureIsRejected() {
    long t = FakeApi.NOW.getEpochSecond();
    assertThatThrownBy(
            () ->
                trigger.onNotification(api.vendor(), SUBSCRIPTION, signed(t, BODY, "wrong"), BODY))
        .isInstanceOf(AuthException.class)
        .hasMessage(
            "webhook rejected: the signature does not match the body and the webhook's secret");
    assertThatThrownBy(() -> trigger.onNotification(api.vendor(), SUBSCRIPTION, Map.of(), BODY))
        .isInstanceOf(AuthException.class)
        .hasMessage("webhook rejected: the X-Webhook-Signature header is missing");
  }

  @Test
  void aStaleTimestampIsRejected() {
    long t = FakeApi.NOW.getEpochSecond() - 301;
    assertThatThrownBy(
            () -> trigger.onNotification(api.vendor(), SUBSCRIPTION, signed(t, BODY, SECRET), BODY))
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("more than 5 minutes from now");
  }

  @Test
  void aReplayWithinTheWindowIsRejected_butAReSignedRetryIsAccepted() {
    Connection connection = api.vendor();
    long t = FakeApi.NOW.getEpochSecond() - 10;
    trigger.onNotification(connection, SUBSCRIPTION, signed(t, BODY, SECRET), BODY);

    assertThatThrownBy(
            () -> trigger.onNotification(connection, SUBSCRIPTION, signed(t, BODY, SECRET), BODY))
        .isInstanceOf(AuthException.class)
        .hasMessage("webhook rejected: this notification was already received (a replay)");
    assertThat(trigger.onNotification(connection, SUBSCRIPTION, signed(t + 5, BODY, SECRET), BODY))
        .hasSize(1);
  }
}
