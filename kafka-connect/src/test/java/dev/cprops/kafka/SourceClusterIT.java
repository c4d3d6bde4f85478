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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The source on a real Connect cluster: writers change customers while the task runs and a worker
 * is stopped; every customer's changes reach the topic in order, ending with its last one, none
 * twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(NoSecretInLog.class)
class SourceClusterIT {
  static final int WRITERS = 3;
  static final int CUSTOMERS_PER_WRITER = 10;
  static final int ROUNDS = 12;
  static final String TOPIC = "customer-changes";

  MockServer server;
  EmbeddedConnectCluster cluster;

  @BeforeAll
  void start() {
    server = MockServer.builder().port(0).customers(0).rateLimit(0).build().start();
    cluster = ConnectClusters.start("source-it", Map.of());
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
  void everyChangeReachesTheTopicInOrderPerCustomer() throws Exception {
    cluster.kafka().createTopic(TOPIC, 1);
    List<String> keys = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      for (int c = 0; c < CUSTOMERS_PER_WRITER; c++) {
        String key = "cust_" + w + "_" + c;
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
    cluster.configureConnector("changes", config);
    cluster
        .assertions()
        .assertConnectorAndAtLeastNumTasksAreRunning("changes", 1, "source did not start");

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
                            "cust_" + writer + "_" + c,
                            Map.of("meta", Map.of("industry", "v" + round)));
                  }
                  sleep(300);
                }
                return null;
              }));
    }
    Thread.sleep(1500);
    cluster.removeWorker();
    for (Future<?> f : done) {
      f.get();
    }
    writers.shutdown();

    Map<String, List<Integer>> seen = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, List<Integer>> now = versions();
      seen = now;
      if (keys.stream().allMatch(k -> lastOf(now, k) == ROUNDS)) {
        break;
      }
      Thread.sleep(1000);
    }
    for (String key : keys) {
      List<Integer> versions = seen.getOrDefault(key, List.of());
      assertThat(versions).as("changes of " + key).isNotEmpty().isSorted().doesNotHaveDuplicates();
      assertThat(versions.get(versions.size() - 1)).as("last change of " + key).isEqualTo(ROUNDS);
    }
    cluster.addWorker();
  }

  private static int lastOf(Map<String, List<Integer>> seen, String key) {
    List<Integer> versions = seen.get(key);
    return versions == null || versions.isEmpty() ? -1 : versions.get(versions.size() - 1);
  }

  /** The industry versions each customer had on the topic, in topic order. */
  @SuppressWarnings("unchecked")
  private Map<String, List<Integer>> versions() throws Exception {
    Map<String, List<Integer>> versions = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record :
        cluster.kafka().consumeAll(Duration.ofSeconds(30).toMillis(), TOPIC)) {
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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
