package dev.cprops.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.kafka.harness.SecretsFile;
import dev.cprops.kafka.sink.SpiSinkConnector;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.chaos.ChaosSettings;
import dev.cprops.mock.chaos.Timing;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sink on a real Connect cluster against the mock server: 50 000 records (10 000 customers, 5
 * versions each) through 3 tasks while chaos answers 429, 5xx, resets connections and loses the
 * answers of writes that happened, and while the worker running a task is stopped mid-run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(NoSecretInLog.class)
class SinkClusterIT {
  static final int CUSTOMERS = 10_000;
  static final int VERSIONS = 5;
  static final int RECORDS = CUSTOMERS * VERSIONS;
  static final int BAD_EVERY = 97;
  static final int PARTITIONS = 6;
  static final String TOPIC = "crm-accounts";
  static final String DLQ = "crm-accounts-dlq";
  static final String CONNECTOR = "crm-sink";

  MockServer server;
  EmbeddedConnectCluster cluster;
  final HttpClient http = HttpClient.newHttpClient();

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
    cluster.kafka().createTopic(TOPIC, PARTITIONS);
    cluster.kafka().createTopic(DLQ, 1);
    long customersBefore = server.admin().stats().customers();

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
    config.put(
        "connection.secret_key", SecretsFile.create().reference("secret_key", server.secretKey()));
    config.put("input.partner_key", "partner_jane");
    config.put("retry.backoff.ms", "100");
    config.put("retry.backoff.max.ms", "2000");
    config.put("errors.tolerance", "all");
    config.put("errors.deadletterqueue.topic.name", DLQ);
    config.put("errors.deadletterqueue.topic.replication.factor", "1");
    config.put("errors.deadletterqueue.context.headers.enable", "true");
    cluster.configureConnector(CONNECTOR, config);
    cluster
        .assertions()
        .assertConnectorAndAtLeastNumTasksAreRunning(CONNECTOR, 3, "sink did not start");

    server
        .chaos()
        .set(
            ChaosSettings.of(0.05, 7)
                .withWhen(Timing.ANY)
                .withDelay(5, 50)
                .withRetryAfterSeconds(1));

    long started = System.nanoTime();
    Map<String, BigDecimal> latestGood = new HashMap<>();
    Set<String> bad = new HashSet<>();
    produce(latestGood, bad);
    double produced = seconds(started);

    // Stop a worker running a task while the tasks are busy: its task moves to the others.
    try (Admin admin = cluster.kafka().createAdminClient()) {
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      long handled = handled(admin);
      while (handled < RECORDS / 3 && System.nanoTime() < deadline) {
        Thread.sleep(200);
        handled = handled(admin);
      }
      assertThat(handled).as("records handled when the worker stops").isLessThan(RECORDS);
      WorkerHandle busy = workerRunningATask();
      cluster.removeWorker(busy);
      double stoppedAt = seconds(started);

      deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
      while (handled < RECORDS && System.nanoTime() < deadline) {
        Thread.sleep(500);
        handled = handled(admin);
      }
      assertThat(handled)
          .as("records written or dead-lettered (committed offsets)")
          .isEqualTo(RECORDS);
      System.out.printf(
          "SinkClusterIT: %d records produced in %.1f s; worker stopped at %.1f s; all handled"
              + " at %.1f s; chaos: %s%n",
          RECORDS, produced, stoppedAt, seconds(started), server.chaos().stats());
    }
    server.chaos().turnOff();

    // The API's own view: every customer once, with its latest good value.
    Map<String, Integer> seen = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Map<String, Object> customer : listCustomers()) {
      String key = (String) customer.get("customer_key");
      seen.merge(key, 1, Integer::sum);
      Object mrr = ((Map<?, ?>) customer.get("meta")).get("mrr");
      BigDecimal expected = latestGood.get(key);
      if (expected == null
          || mrr == null
          || new BigDecimal(mrr.toString()).compareTo(expected) != 0) {
        wrong.add(key + " has " + mrr + ", expected " + expected);
      }
    }
    assertThat(wrong).as("customers without their latest value").isEmpty();
    assertThat(seen.keySet()).as("every customer written").isEqualTo(latestGood.keySet());
    assertThat(seen.values()).as("no duplicate customer").allMatch(n -> n == 1);
    assertThat(server.admin().stats().customers() - customersBefore)
        .as("customers in the mock server's state")
        .isEqualTo(CUSTOMERS);

    Set<String> dead = new HashSet<>();
    List<String> deadTwice = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record :
        cluster.kafka().consumeAll(Duration.ofSeconds(30).toMillis(), DLQ)) {
      Map<String, Object> row =
          Json.parseObject(new String(record.value(), StandardCharsets.UTF_8));
      String id = row.get("customer_key") + "#" + row.get("seq");
      if (!dead.add(id)) {
        deadTwice.add(id);
      }
      assertThat(header(record, "cprops.error.field")).as(id).isEqualTo("meta.mrr");
      assertThat(header(record, "cprops.error.reason")).as(id).contains("12abc");
    }
    assertThat(dead).as("the bad records and only those in the DLQ").isEqualTo(bad);
    assertThat(bad).hasSize(RECORDS / BAD_EVERY);
    System.out.printf(
        "SinkClusterIT: DLQ holds %d records (%d delivered twice after the worker stop)%n",
        dead.size(), deadTwice.size());
    cluster.addWorker();
  }

  /**
   * Versions in order (all customers' version 1, then 2, ...), every 97th record with a bad MRR.
   * Sent asynchronously in order (one request in flight) once the topic's partitions have leaders;
   * every send is checked.
   */
  private void produce(Map<String, BigDecimal> latestGood, Set<String> bad) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = ConnectClusters.producer(cluster)) {
      List<Future<RecordMetadata>> sends = new ArrayList<>(RECORDS);
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
          Future<RecordMetadata> send =
              producer.send(new ProducerRecord<>(TOPIC, bytes(key), bytes(Json.compact(row))));
          if (sent == 1) {
            send.get(); // the first one alone: the partitions' leaders are known after it
          }
          sends.add(send);
        }
      }
      producer.flush();
      for (Future<RecordMetadata> send : sends) {
        send.get();
      }
    }
  }

  /** Records the sink has dealt with: its consumer group's committed offsets over the topic. */
  private long handled(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets("connect-" + CONNECTOR)
            .partitionsToOffsetAndMetadata()
            .get();
    return committed.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(TOPIC) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  /** A worker running one of the sink's tasks (never the only one left). */
  private WorkerHandle workerRunningATask() {
    ConnectorStateInfo status = cluster.connectorStatus(CONNECTOR);
    Set<String> busy = new HashSet<>();
    status.tasks().forEach(task -> busy.add(task.workerId()));
    return cluster.workers().stream()
        .filter(w -> busy.stream().anyMatch(id -> id.endsWith(":" + w.url().getPort())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no worker runs a task: " + busy));
  }

  /** Every customer, through the API's pages (vendor auth, 250 a page). */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> listCustomers() throws Exception {
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (server.publicKey() + ":" + server.secretKey())
                        .getBytes(StandardCharsets.UTF_8));
    List<Map<String, Object>> all = new ArrayList<>();
    String after = null;
    while (true) {
      String url =
          server.baseUrl()
              + "/customers?limit=250&order_by=created_at"
              + (after == null
                  ? ""
                  : "&starting_after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      Map<String, Object> data =
          (Map<String, Object>) Json.parseObject(response.body()).get("data");
      List<Map<String, Object>> items = (List<Map<String, Object>>) data.get("items");
      all.addAll(items);
      if (!Boolean.TRUE.equals(data.get("has_more")) || items.isEmpty()) {
        return all;
      }
      after = (String) items.get(items.size() - 1).get("key");
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
