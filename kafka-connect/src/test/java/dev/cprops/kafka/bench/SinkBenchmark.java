package dev.cprops.kafka.bench;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.Json;
import dev.cprops.kafka.sink.SpiSinkConnector;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.seed.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.rest.errors.ConnectRestException;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * Sink throughput: the same records upserted into the mock server by the Kafka Connect sink with 1,
 * 2 and 4 tasks, and by the SPI's batch action called directly in one JVM (what the recipe runner's
 * batch step does, in batches of the sink's size), at 0 and 20 ms of added latency per API answer
 * (WireMock's fixed delay). The sink is timed from its first customer written to its last (the
 * tasks' start and first rebalance left out). Not a test: prints a table.
 *
 * <p>Run: {@code java -cp kafka-connect/target/kafka-connect-demo.jar
 * dev.cprops.kafka.bench.SinkBenchmark [records]} (the demo jar holds it; default 4000 records).
 */
public final class SinkBenchmark {
  static final String TOPIC = "bench-rows";
  static final int PARTITIONS = 4;
  static final int BATCH = 500;

  private SinkBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.logFile", "sink-benchmark.log");
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
    List<Map<String, Object>> rows = rows(records);
    try (MockServer server =
        MockServer.builder().port(0).customers(0).rateLimit(0).build().start()) {
      Map<String, String> worker = new HashMap<>();
      worker.put("plugin.discovery", "service_load");
      worker.put("offset.flush.interval.ms", "1000");
      EmbeddedConnectCluster cluster =
          new EmbeddedConnectCluster.Builder()
              .name("bench")
              .numWorkers(1)
              .numBrokers(1)
              .workerProps(worker)
              .build();
      cluster.start();
      try {
        cluster.kafka().createTopic(TOPIC, PARTITIONS);
        produce(cluster, rows);
        // Warm-up, not timed: class loading and JIT for both contenders.
        direct(server, rows);
        sink(server, cluster, records, 1, "warm-up");
        List<String> lines = new ArrayList<>();
        int run = 0;
        for (int latency : new int[] {0, 20}) {
          setLatency(server, latency);
          double direct = direct(server, rows);
          lines.add(line(latency, "SPI batch action, direct (1 JVM)", records, direct, direct));
          for (int tasks : new int[] {1, 2, 4}) {
            double rate = sink(server, cluster, records, tasks, "bench-" + run++);
            lines.add(
                line(latency, "Kafka Connect sink, " + tasks + " task(s)", records, rate, direct));
          }
        }
        setLatency(server, 0);
        System.out.println();
        System.out.printf(
            "%-8s %-36s %8s %10s %10s%n",
            "latency", "contender", "records", "records/s", "vs direct");
        lines.forEach(System.out::println);
      } finally {
        cluster.stop();
      }
    }
  }

  private static String line(int latency, String what, int records, double rate, double direct) {
    return String.format(
        "%-8s %-36s %8d %10.0f %9.2fx", latency + " ms", what, records, rate, rate / direct);
  }

  private static List<Map<String, Object>> rows(int count) {
    List<Map<String, Object>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("Customer Key", "bench_" + i);
      row.put("Email", "bench" + i + "@example.com");
      row.put("Company name", "Bench " + i);
      row.put("MRR", "$1,2" + (i % 10) + "0.50");
      row.put("Industry", "Software");
      row.put("Subscription Plan", i % 2 == 0 ? "pro" : "enterprise");
      rows.add(row);
    }
    return rows;
  }

  private static void produce(EmbeddedConnectCluster cluster, List<Map<String, Object>> rows)
      throws Exception {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    try (KafkaProducer<byte[], byte[]> producer = cluster.kafka().createProducer(props)) {
      for (Map<String, Object> row : rows) {
        producer.send(
            new ProducerRecord<>(
                TOPIC,
                row.get("Customer Key").toString().getBytes(StandardCharsets.UTF_8),
                Json.compact(row).getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  /** The SPI batch action over the rows in batches of the sink's size; records per second. */
  private static double direct(MockServer server, List<Map<String, Object>> rows) {
    server.seed(Seed.DEMO, 0);
    Connector connector = ServiceLoader.load(Connector.class).findFirst().orElseThrow();
    Connection connection = connector.connect(connection(server, ""));
    Action action = connector.action("batch_upsert_customers").orElseThrow();
    long start = System.nanoTime();
    for (int from = 0; from < rows.size(); from += BATCH) {
      Map<String, Object> input = new LinkedHashMap<>();
      input.put(
          "records",
          new ArrayList<Object>(rows.subList(from, Math.min(rows.size(), from + BATCH))));
      input.put("partner_key", "partner_jane");
      action.execute(connection, input);
    }
    return rows.size() / ((System.nanoTime() - start) / 1e9);
  }

  /** A new sink connector over the whole topic; records per second until every row is written. */
  private static double sink(
      MockServer server, EmbeddedConnectCluster cluster, int records, int tasks, String name)
      throws Exception {
    server.seed(Seed.DEMO, 0);
    Map<String, String> config = connection(server, "connection.");
    config.put("connector.class", SpiSinkConnector.class.getName());
    config.put("tasks.max", Integer.toString(tasks));
    config.put("topics", TOPIC);
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    config.put("value.converter.schemas.enable", "false");
    config.put("input.partner_key", "partner_jane");
    config.put("key.column", "Customer Key");
    cluster.configureConnector(name, config);
    // Timed from the first customer written, so the tasks' start and the first rebalance are out.
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (server.store().counts().customers() == 0) {
      check(cluster, name, deadline);
      Thread.sleep(5);
    }
    long start = System.nanoTime();
    while (server.store().counts().customers() < records) {
      check(cluster, name, deadline);
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    cluster.deleteConnector(name);
    return records / seconds;
  }

  /** Stops the run when the connector's task failed or it takes far too long. */
  private static void check(EmbeddedConnectCluster cluster, String name, long deadline) {
    ConnectorStateInfo status;
    try {
      status = cluster.connectorStatus(name);
    } catch (ConnectRestException notYet) {
      status = null; // no status right after creation
    }
    if (status != null) {
      for (ConnectorStateInfo.TaskState task : status.tasks()) {
        if ("FAILED".equals(task.state())) {
          throw new IllegalStateException(name + " task failed: " + task.trace());
        }
      }
    }
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException(name + " did not finish in time");
    }
  }

  private static Map<String, String> connection(MockServer server, String prefix) {
    Map<String, String> props = new HashMap<>();
    props.put(prefix + "base_url", server.baseUrl());
    props.put(prefix + "auth_type", "vendor");
    props.put(prefix + "public_key", server.publicKey());
    props.put(prefix + "secret_key", server.secretKey());
    return props;
  }

  private static void setLatency(MockServer server, int millis) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.adminUrl() + "/settings"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"fixedDelay\": " + millis + "}"))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("setting latency failed: " + response.body());
    }
  }
}
