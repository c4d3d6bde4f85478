package dev.cprops.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.kafka.harness.SecretsFile;
import dev.cprops.kafka.source.SpiSourceConnector;
import dev.cprops.mock.MockServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The source on workers with {@code exactly.once.source.support=enabled}: each poll's records and
 * the offset after them commit in one transaction. Writers change customers while the task is
 * restarted through the REST API and then its worker is stopped; a {@code read_committed} consumer
 * sees every customer's changes once each, in order, ending with its last one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(NoSecretInLog.class)
class SourceExactlyOnceIT {
  static final int WRITERS = 3;
  static final int CUSTOMERS_PER_WRITER = 10;
  static final int ROUNDS = 15;
  static final String TOPIC = "customer-changes-eos";
  static final String CONNECTOR = "changes-eos";

  MockServer server;
  EmbeddedConnectCluster cluster;

  @BeforeAll
  void start() {
    server = MockServer.builder().port(0).customers(0).rateLimit(0).build().start();
    cluster = ConnectClusters.startExactlyOnce("source-eos-it");
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
  void everyChangeIsCommittedOnceAcrossATaskRestartAndAWorkerStop() throws Exception {
    cluster.kafka().createTopic(TOPIC, 1);
    List<String> keys = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      for (int c = 0; c < CUSTOMERS_PER_WRITER; c++) {
        String key = "eos_" + w + "_" + c;
        keys.add(key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer_key", key);
        body.put("email", key + "@example.com");
        body.put("partner_key", "partner_jane");
        body.put("meta", Map.of("industry", "v0"));
        server.store().createCustomer(body);
      }
    }

    Map<String, String> config = new HashMap<>();
    config.put("connector.class", SpiSourceConnector.class.getName());
    config.put("tasks.max", "1");
    config.put("trigger", "new_or_updated_customer");
    config.put("topic", TOPIC);
    config.put("poll.interval.ms", "100");
    config.put("connection.base_url", server.baseUrl());
    config.put("connection.auth_type", "vendor");
    config.put("connection.public_key", server.publicKey());
    config.put(
        "connection.secret_key", SecretsFile.create().reference("secret_key", server.secretKey()));
    config.put("input.since", Instant.now().minus(Duration.ofHours(1)).toString());
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    // Refused at creation unless the connector declares exactly-once support.
    config.put("exactly.once.support", "required");
    config.put("transaction.boundary", "poll");
    cluster.configureConnector(CONNECTOR, config);
    cluster
        .assertions()
        .assertConnectorAndAtLeastNumTasksAreRunning(CONNECTOR, 1, "source did not start");

    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      done.add(
          writers.submit(
              () -> {
                for (int round = 1; round <= ROUNDS; round++) {
                  for (int c = 0; c < CUSTOMERS_PER_WRITER; c++) {
                    server
                        .store()
                        .updateCustomer(
                            "eos_" + writer + "_" + c,
                            Map.of("meta", Map.of("industry", "v" + round)));
                  }
                  Thread.sleep(300);
                }
                return null;
              }));
    }
    Thread.sleep(1500);
    cluster.restartTask(CONNECTOR, 0);
    Thread.sleep(1500);
    cluster.removeWorker(workerRunningTheTask());
    for (Future<?> f : done) {
      f.get();
    }
    writers.shutdown();

    Map<String, List<Integer>> seen = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    ConsumerRecords<byte[], byte[]> records = null;
    while (System.nanoTime() < deadline) {
      records = committedRecords();
      seen = versions(records);
      Map<String, List<Integer>> now = seen;
      if (keys.stream().allMatch(k -> lastOf(now, k) == ROUNDS)) {
        break;
      }
      Thread.sleep(1000);
    }
    for (String key : keys) {
      List<Integer> versions = seen.getOrDefault(key, List.of());
      assertThat(versions)
          .as("committed changes of " + key)
          .isNotEmpty()
          .isSorted()
          .doesNotHaveDuplicates();
      assertThat(versions.get(versions.size() - 1)).as("last change of " + key).isEqualTo(ROUNDS);
    }
    // The records were written in transactions: their commit markers take offsets too.
    long end = cluster.kafka().endOffset(new TopicPartition(TOPIC, 0));
    assertThat(end)
        .as("end offset beyond the records: transaction markers")
        .isGreaterThan(records.count());
    cluster.addWorker();
  }

  private WorkerHandle workerRunningTheTask() {
    ConnectorStateInfo status = cluster.connectorStatus(CONNECTOR);
    Set<String> running =
        status.tasks().stream()
            .map(ConnectorStateInfo.TaskState::workerId)
            .collect(Collectors.toSet());
    return cluster.workers().stream()
        .filter(w -> running.stream().anyMatch(id -> id.endsWith(":" + w.url().getPort())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no worker runs the task: " + running));
  }

  private ConsumerRecords<byte[], byte[]> committedRecords() throws Exception {
    return cluster
        .kafka()
        .consumeAll(
            Duration.ofSeconds(30).toMillis(),
            Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
            null,
            TOPIC);
  }

  private static int lastOf(Map<String, List<Integer>> seen, String key) {
    List<Integer> versions = seen.get(key);
    return versions == null || versions.isEmpty() ? -1 : versions.get(versions.size() - 1);
  }

  /** The industry versions each customer had on the topic, in topic order. */
  @SuppressWarnings("unchecked")
  private static Map<String, List<Integer>> versions(ConsumerRecords<byte[], byte[]> records) {
    Map<String, List<Integer>> versions = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      Map<String, Object> envelope =
          Json.parseObject(new String(record.value(), StandardCharsets.UTF_8));
      Map<String, Object> payload = (Map<String, Object>) envelope.get("payload");
      Map<String, Object> meta = (Map<String, Object>) payload.get("meta");
      String industry = (String) meta.get("industry");
      versions
          .computeIfAbsent((String) payload.get("customer_key"), k -> new ArrayList<>())
          .add(Integer.parseInt(industry.substring(1)));
    }
    return versions;
  }
}
