package dev.cprops.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.kafka.sink.SpiSinkConnector;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.chaos.ChaosSettings;
import dev.cprops.mock.chaos.Timing;
import dev.cprops.mock.store.Customer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sink on a real Connect cluster against the mock server: records through 3 tasks while chaos
 * answers 429, 5xx, resets connections and loses answers of writes that happened, and while the
 * worker running a task is stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SinkClusterIT {
  /** Scaled down from the issue's 50 000 so the lane stays within minutes on 2 cores. */
  static final int CUSTOMERS = 400;

  static final int VERSIONS = 5;
  static final int BAD_EVERY = 97;
  static final String TOPIC = "crm-accounts";
  static final String DLQ = "crm-accounts-dlq";

  MockServer server;
  EmbeddedConnectCluster cluster;

  @BeforeAll
  void start() {
    server = MockServer.builder().port(0).customers(0).rateLimit(0).build().start();
    cluster = ConnectClusters.start("sink-it", Map.of());
  }

  @AfterAll
  void stop() {
    if (cluster != null) {
      cluster.stop();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void everyCustomerEndsWithItsLatestValueAndOnlyBadRecordsAreDeadLettered() throws Exception {
    cluster.kafka().createTopic(TOPIC, 6);
    cluster.kafka().createTopic(DLQ, 1);
    int customersBefore = server.store().counts().customers();

    Map<String, String> config = new HashMap<>();
    config.put("connector.class", SpiSinkConnector.class.getName());
    config.put("tasks.max", "3");
    config.put("topics", TOPIC);
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    config.put("value.converter.schemas.enable", "false");
    config.put("connection.base_url", server.baseUrl());
    config.put("connection.auth_type", "vendor");
    config.put("connection.public_key", server.publicKey());
    config.put("connection.secret_key", server.secretKey());
    config.put("input.partner_key", "partner_jane");
    config.put("retry.backoff.ms", "100");
    config.put("retry.backoff.max.ms", "2000");
    config.put("errors.tolerance", "all");
    config.put("errors.deadletterqueue.topic.name", DLQ);
    config.put("errors.deadletterqueue.topic.replication.factor", "1");
    config.put("errors.deadletterqueue.context.headers.enable", "true");
    cluster.configureConnector("crm-sink", config);
    cluster
        .assertions()
        .assertConnectorAndAtLeastNumTasksAreRunning("crm-sink", 3, "sink did not start");

    server
        .chaos()
        .set(
            ChaosSettings.of(0.05, 7)
                .withWhen(Timing.ANY)
                .withDelay(5, 50)
                .withRetryAfterSeconds(1));

    Map<String, BigDecimal> latestGood = new HashMap<>();
    Set<String> bad = new HashSet<>();
    int total = CUSTOMERS * VERSIONS;
    try (KafkaProducer<byte[], byte[]> producer = ConnectClusters.producer(cluster)) {
      int sent = 0;
      for (int version = 1; version <= VERSIONS; version++) {
        for (int c = 0; c < CUSTOMERS; c++) {
          String key = "acct_" + c;
          sent++;
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("customer_key", key);
          row.put("email", key + "@example.com");
          row.put("name", "Account " + c);
          row.put("seq", sent);
          boolean isBad = sent % BAD_EVERY == 0;
          BigDecimal mrr = new BigDecimal(c + "." + version);
          row.put("MRR", isBad ? "12abc" : mrr.toPlainString());
          row.put("Industry", "industry v" + version);
          if (isBad) {
            bad.add(key + "#" + sent);
          } else {
            latestGood.put(key, mrr);
          }
          producer.send(new ProducerRecord<>(TOPIC, bytes(key), bytes(Json.compact(row)))).get();
          if (sent == total / 2) {
            // Stop a worker while the tasks are busy: its tasks move to the others.
            cluster.removeWorker();
          }
        }
      }
    }

    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    List<String> wrong = mismatches(latestGood);
    while (!wrong.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      wrong = mismatches(latestGood);
    }
    server.chaos().turnOff();
    assertThat(wrong).as("customers without their latest value").isEmpty();
    assertThat(server.store().counts().customers() - customersBefore)
        .as("one customer per key, no duplicate")
        .isEqualTo(CUSTOMERS);
    assertThat(server.chaos().stats().toString()).isNotBlank();

    Set<String> dead = new HashSet<>();
    long dlqDeadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (dead.size() < bad.size() && System.nanoTime() < dlqDeadline) {
      for (ConsumerRecord<byte[], byte[]> record :
          cluster.kafka().consumeAll(Duration.ofSeconds(30).toMillis(), DLQ)) {
        Map<String, Object> row =
            Json.parseObject(new String(record.value(), StandardCharsets.UTF_8));
        dead.add(row.get("customer_key") + "#" + row.get("seq"));
        assertThat(header(record, "cprops.error.field")).isEqualTo("meta.mrr");
        assertThat(header(record, "cprops.error.reason")).contains("12abc");
      }
    }
    assertThat(dead).as("the bad records and only those in the DLQ").isEqualTo(bad);
    cluster.addWorker();
  }

  private List<String> mismatches(Map<String, BigDecimal> latestGood) {
    return latestGood.entrySet().stream()
        .filter(
            e -> {
              Customer customer;
              try {
                customer = server.store().getCustomer(e.getKey());
              } catch (RuntimeException notFound) {
                return true;
              }
              Object mrr = customer.meta().get("mrr");
              return mrr == null || new BigDecimal(mrr.toString()).compareTo(e.getValue()) != 0;
            })
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
