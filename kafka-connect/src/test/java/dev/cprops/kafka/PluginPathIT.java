package dev.cprops.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.spi.Json;
import dev.cprops.kafka.harness.SecretsFile;
import dev.cprops.mock.MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged plugin (target/cprops-kafka-connect-VERSION, as unzipped on a worker) loads from
 * {@code plugin.path} with Connect's isolated class loading and service-file discovery. The test
 * class path holds the same classes without a version ("dev"); the connector asks for the packaged
 * version ({@code connector.plugin.version}), which only the isolated copy has.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(NoSecretInLog.class)
class PluginPathIT {
  static final String VERSION = System.getProperty("cprops.plugin.version");
  static final Path PLUGIN = Path.of(System.getProperty("cprops.plugin.dir"));

  MockServer server;
  EmbeddedConnectCluster cluster;

  @BeforeAll
  void start() {
    assertThat(PLUGIN.resolve("cprops-kafka-connect-" + VERSION + "/manifest.json")).exists();
    server = MockServer.builder().port(0).customers(0).rateLimit(0).build().start();
    cluster = ConnectClusters.start("plugin-path-it", Map.of("plugin.path", PLUGIN.toString()));
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
  void thePackagedPluginLoadsInIsolationAndWrites() throws Exception {
    URI endpoint = URI.create(cluster.endpointForResource("connector-plugins?connectorsOnly=true"));
    String plugins =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(plugins)
        .contains("dev.cprops.kafka.sink.SpiSinkConnector")
        .contains("\"version\":\"" + VERSION + "\"");
    try (var lib = Files.list(PLUGIN.resolve("cprops-kafka-connect-" + VERSION + "/lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("connector-0"))
          .noneMatch(n -> n.startsWith("kafka-clients") || n.startsWith("connect-api"));
    }

    cluster.kafka().createTopic("rows", 1);
    Map<String, String> config = new HashMap<>();
    config.put("connector.class", "dev.cprops.kafka.sink.SpiSinkConnector");
    config.put("connector.plugin.version", VERSION);
    config.put("tasks.max", "1");
    config.put("topics", "rows");
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("connection.base_url", server.baseUrl());
    config.put("connection.auth_type", "vendor");
    config.put("connection.public_key", server.publicKey());
    config.put(
        "connection.secret_key", SecretsFile.create().reference("secret_key", server.secretKey()));
    config.put("input.partner_key", "partner_jane");
    cluster.configureConnector("isolated", config);
    cluster
        .assertions()
        .assertConnectorAndAtLeastNumTasksAreRunning("isolated", 1, "isolated sink did not start");
    try (KafkaProducer<byte[], byte[]> producer = ConnectClusters.producer(cluster)) {
      for (int i = 0; i < 20; i++) {
        String row = Json.compact(Map.of("email", "iso" + i + "@example.com", "MRR", "1" + i));
        producer
            .send(
                new ProducerRecord<>(
                    "rows",
                    ("iso_" + i).getBytes(StandardCharsets.UTF_8),
                    row.getBytes(StandardCharsets.UTF_8)))
            .get();
      }
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (server.store().counts().customers() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(server.store().counts().customers()).isEqualTo(20);
    assertThat(server.store().getCustomer("iso_7").meta().get("mrr").toString()).isEqualTo("17.00");
  }
}
