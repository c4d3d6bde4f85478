package dev.cprops.connector.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cprops.connector.CustomerPropertiesConnector;
import dev.cprops.connector.client.HttpLogger;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.WebhookTrigger;
import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code customer_event} webhook trigger against the mock server's real webhook delivery: it
 * subscribes, receives a signed delivery on a local receiver, verifies it and emits typed events;
 * forged and replayed deliveries are refused; unsubscribe removes the webhook.
 */
@MockServerTest(customers = 5)
class CustomerEventWebhookIntegrationTest {
  private final CustomerPropertiesConnector connector =
      new CustomerPropertiesConnector(
          b -> b.logger(line -> {}, HttpLogger.Level.NONE), Clock.systemUTC());
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private HttpServer receiver;
  private MockServerInfo server;

  private record Delivery(Map<String, String> headers, byte[] body) {}

  @BeforeEach
  void start(MockServerInfo server) throws IOException {
    this.server = server;
    server.reseed();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          Map<String, String> headers = new LinkedHashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
          deliveries.add(new Delivery(headers, exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  private Connection vendor() {
    return connector.connect(
        Map.of(
            "base_url", server.baseUrl(),
            "auth_type", "vendor",
            "public_key", server.publicKey(),
            "secret_key", server.secretKey()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void customerEvent_receivesSignedDelivery_emitsTypedEvent_andRefusesForgeriesAndReplays()
      throws Exception {
    Connection connection = vendor();
    WebhookTrigger trigger = (WebhookTrigger) connector.trigger("customer_event").orElseThrow();
    String callback = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    Map<String, Object> subscription =
        trigger.subscribe(connection, Map.of("events", List.of("customer.updated")), callback);

    connector
        .action("update_customer")
        .orElseThrow()
        .execute(
            connection,
            Map.of("key", "acct_00001", "meta", Map.of("industry", "Aerospace", "seats", "1,250")));

    Delivery delivery = deliveries.poll(60, TimeUnit.SECONDS);
    assertThat(delivery).as("a webhook delivery within 60 s").isNotNull();
    assertThat(delivery.headers()).containsEntry("x-webhook-event", "customer.updated");

    List<Map<String, Object>> events =
        trigger.onNotification(connection, subscription, delivery.headers(), delivery.body());

    assertThat(events).hasSize(1);
    Map<String, Object> event = events.get(0);
    assertThat(event.get("event")).isEqualTo("customer.updated");
    assertThat(event.get("event_key")).isEqualTo(delivery.headers().get("x-webhook-id"));
    assertThat(map(event.get("customer")).get("customer_key")).isEqualTo("acct_00001");
    assertThat(map(map(event.get("customer")).get("meta")).get("industry")).isEqualTo("Aerospace");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> changes = (List<Map<String, Object>>) event.get("changes");
    assertThat(changes).extracting(c -> c.get("field")).contains("meta.industry", "meta.seats");
    assertThat(changes)
        .filteredOn(c -> "meta.seats".equals(c.get("field")))
        .extracting(c -> String.valueOf(c.get("to")))
        .containsExactly("1250");

    assertThatThrownBy(
            () ->
                trigger.onNotification(
                    connection, subscription, delivery.headers(), delivery.body()))
        .as("the same delivery again is a replay")
        .isInstanceOf(AuthException.class);

    byte[] forged = delivery.body().clone();
    forged[forged.length - 2] ^= 1;
    assertThatThrownBy(
            () -> trigger.onNotification(connection, subscription, delivery.headers(), forged))
        .as("a body changed after signing")
        .isInstanceOf(AuthException.class);

    trigger.unsubscribe(connection, subscription);
    String webhookKey = (String) subscription.get("webhook_key");
    assertThatThrownBy(
            () ->
                connector
                    .context(connection)
                    .client()
                    .request("GET", "/webhooks/" + webhookKey, Map.of(), null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    trigger.unsubscribe(connection, subscription); // already gone: still fine
  }
}
