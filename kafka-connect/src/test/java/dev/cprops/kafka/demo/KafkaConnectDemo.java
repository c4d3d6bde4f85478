package dev.cprops.kafka.demo;

import dev.cprops.connector.spi.Json;
import dev.cprops.kafka.harness.SecretsFile;
import dev.cprops.kafka.sink.SpiSinkConnector;
import dev.cprops.kafka.source.SpiSourceConnector;
import dev.cprops.mock.MockServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * The plugin end to end on one machine: an in-JVM Kafka (KRaft) and Connect worker, the mock
 * server, the sink and the source created through Connect's REST API, the sample CRM export pushed
 * through, and a summary. Kafka's logs go to {@code kafka-connect-demo.log}.
 *
 * <p>Usage: {@code java -jar kafka-connect/target/kafka-connect-demo.jar [companies.csv]}
 */
public final class KafkaConnectDemo {
  static final String DEFAULT_CSV = "recipes/samples/crm-export-to-customers/companies.csv";
  static final String ROWS = "crm-companies";
  static final String DLQ = "crm-companies-dlq";
  static final String CHANGES = "customer-changes";

  private KafkaConnectDemo() {}

  public static void main(String[] args) {
    int status;
    try {
      status = demo(args);
    } catch (Exception e) {
      System.err.println();
      System.err.println("The demo failed: " + e + " (details in kafka-connect-demo.log)");
      status = 1;
    }
    // Kafka's and the mock server's threads are stopped; leave without waiting for stragglers.
    System.exit(status);
  }

  private static int demo(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.logFile", "kafka-connect-demo.log");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    Path csv = Path.of(args.length > 0 ? args[0] : DEFAULT_CSV);
    if (!Files.isReadable(csv)) {
      System.err.println(
          "Cannot read " + csv.toAbsolutePath() + ": run from the project root or pass a CSV path");
      return 2;
    }
    List<Map<String, Object>> rows = read(csv);
    rows.addAll(brokenRows());
    long started = System.nanoTime();
    step("Starting the mock server, Kafka (KRaft) and a Connect worker on 127.0.0.1 ...");
    try (MockServer server = MockServer.builder().port(0).customers(0).build().start()) {
      Map<String, String> worker = new HashMap<>();
      worker.put("plugin.discovery", "service_load");
      worker.put("offset.flush.interval.ms", "1000");
      worker.putAll(SecretsFile.WORKER_PROPS);
      EmbeddedConnectCluster cluster =
          new EmbeddedConnectCluster.Builder()
              .name("demo")
              .numWorkers(1)
              .numBrokers(1)
              .workerProps(worker)
              .build();
      PrintStream out = System.out;
      System.setOut(new PrintStream(OutputStream.nullOutputStream())); // the broker's format banner
      try {
        cluster.start();
      } finally {
        System.setOut(out);
      }
      try {
        run(server, cluster, rows, started);
      } finally {
        cluster.stop();
      }
    }
    return 0;
  }

  private static void run(
      MockServer server,
      EmbeddedConnectCluster cluster,
      List<Map<String, Object>> rows,
      long started)
      throws Exception {
    step("Mock server at " + server.baseUrl() + "; Kafka at " + cluster.kafka().bootstrapServers());
    cluster.kafka().createTopic(ROWS, 3);
    cluster.kafka().createTopic(DLQ, 1);
    cluster.kafka().createTopic(CHANGES, 1);

    Map<String, String> sink = connection(server);
    sink.put("connector.class", SpiSinkConnector.class.getName());
    sink.put("tasks.max", "2");
    sink.put("topics", ROWS);
    sink.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    sink.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    sink.put("value.converter.schemas.enable", "false");
    sink.put("input.partner_key", "partner_jane");
    // The rows carry their key in "Customer Key" (also the record key): nothing to add.
    sink.put("key.column", "Customer Key");
    sink.put(
        "input.mapping",
        "{\"Phone Number\": \"phone\", \"Country/Region\": \"country\","
            + " \"State/Region\": \"region\", \"Website URL\": \"website\"}");
    sink.put("errors.tolerance", "all");
    sink.put("errors.deadletterqueue.topic.name", DLQ);
    sink.put("errors.deadletterqueue.topic.replication.factor", "1");
    sink.put("errors.deadletterqueue.context.headers.enable", "true");
    step("PUT /connectors/crm-sink/config (SpiSinkConnector, batch_upsert_customers, 2 tasks)");
    cluster.configureConnector("crm-sink", sink);

    Map<String, String> source = connection(server);
    source.put("connector.class", SpiSourceConnector.class.getName());
    source.put("trigger", "new_or_updated_customer");
    source.put("topic", CHANGES);
    source.put("poll.interval.ms", "500");
    source.put("input.since", Instant.now().minus(Duration.ofMinutes(5)).toString());
    source.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    source.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    step("PUT /connectors/customer-changes/config (SpiSourceConnector, new_or_updated_customer)");
    cluster.configureConnector("customer-changes", source);
    cluster.assertions().assertConnectorAndAtLeastNumTasksAreRunning("crm-sink", 2, "sink");
    cluster
        .assertions()
        .assertConnectorAndAtLeastNumTasksAreRunning("customer-changes", 1, "source");

    step(
        "Producing "
            + rows.size()
            + " CRM rows to topic "
            + ROWS
            + " (the sample export plus 2 deliberately broken rows) ...");
    Map<String, Object> producerProps = new HashMap<>();
    producerProps.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    try (KafkaProducer<byte[], byte[]> producer = cluster.kafka().createProducer(producerProps)) {
      for (Map<String, Object> row : rows) {
        Object key = row.get("Customer Key");
        producer
            .send(
                new ProducerRecord<>(
                    ROWS,
                    key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8),
                    Json.compact(row).getBytes(StandardCharsets.UTF_8)))
            .get();
      }
    }

    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    int upserted = 0;
    int dead = 0;
    int changes = 0;
    while (System.nanoTime() < deadline) {
      upserted = server.store().counts().customers();
      dead = count(cluster, DLQ);
      changes = count(cluster, CHANGES);
      progress(rows.size(), upserted, dead, changes);
      if (upserted + dead >= rows.size() && changes >= upserted) {
        break;
      }
      Thread.sleep(1000);
    }
    System.out.println();
    System.out.println();
    System.out.println("Summary");
    System.out.printf("  records in       %6d  (topic %s)%n", rows.size(), ROWS);
    System.out.printf("  upserted         %6d  (customers in the mock server)%n", upserted);
    System.out.printf(
        "  dead-lettered    %6d  (topic %s, reason in header cprops.error.reason)%n", dead, DLQ);
    System.out.printf("  changes emitted  %6d  (topic %s)%n", changes, CHANGES);
    System.out.printf(
        "  took             %6.1f s  (Kafka's logs: kafka-connect-demo.log)%n",
        (System.nanoTime() - started) / 1e9);
    printDeadLetters(cluster);
  }

  /** Two rows with the kind of mistakes CRM exports have, to show the dead-letter queue. */
  private static List<Map<String, Object>> brokenRows() {
    Map<String, Object> mrr = new LinkedHashMap<>();
    mrr.put("Customer Key", "acct_broken_1");
    mrr.put("Company name", "Broken MRR Ltd");
    mrr.put("Contact Email", "ops@broken-mrr.example");
    mrr.put("MRR", "call sales");
    Map<String, Object> country = new LinkedHashMap<>();
    country.put("Customer Key", "acct_broken_2");
    country.put("Company name", "Nowhere Inc");
    country.put("Contact Email", "ops@nowhere.example");
    country.put("Country/Region", "Atlantis");
    return List.of(mrr, country);
  }

  private static void printDeadLetters(EmbeddedConnectCluster cluster) throws Exception {
    ConsumerRecords<byte[], byte[]> records = cluster.kafka().consumeAll(5_000, DLQ);
    int shown = 0;
    for (var record : records) {
      if (shown++ == 5) {
        break;
      }
      var reason = record.headers().lastHeader("cprops.error.reason");
      System.out.println(
          "  e.g. "
              + new String(record.key(), StandardCharsets.UTF_8)
              + ": "
              + (reason == null ? "?" : new String(reason.value(), StandardCharsets.UTF_8)));
    }
  }

  private static int count(EmbeddedConnectCluster cluster, String topic) {
    try {
      return cluster.kafka().consumeAll(5_000, topic).count();
    } catch (Exception e) {
      return 0;
    }
  }

  private static void progress(int total, int upserted, int dead, int changes) {
    System.out.printf(
        "\r  %d/%d rows handled: %d upserted, %d dead-lettered; %d changes emitted   ",
        upserted + dead, total, upserted, dead, changes);
    System.out.flush();
  }

  private static Map<String, String> connection(MockServer server) {
    Map<String, String> props = new HashMap<>();
    props.put("connection.base_url", server.baseUrl());
    props.put("connection.auth_type", "vendor");
    props.put("connection.public_key", server.publicKey());
    // By reference: Connect echoes connector configs as submitted, and they reach the log.
    props.put(
        "connection.secret_key", SecretsFile.create().reference("secret_key", server.secretKey()));
    return props;
  }

  private static List<Map<String, Object>> read(Path csv) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      for (CSVRecord record : parser) {
        Map<String, Object> row = new LinkedHashMap<>();
        record
            .toMap()
            .forEach(
                (column, value) -> {
                  if (value != null && !value.isBlank()) {
                    row.put(column, value);
                  }
                });
        rows.add(row);
      }
    }
    return rows;
  }

  private static void step(String text) {
    System.out.println("> " + text);
  }
}
