package dev.cprops.kafka.bench;

import dev.cprops.connector.spi.Json;
import dev.cprops.kafka.harness.SecretsFile;
import dev.cprops.kafka.sink.SpiSinkConnector;
import dev.cprops.mock.MockServer;
import dev.cprops.mock.seed.Seed;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeParser;
import dev.cprops.recipes.recipe.RecipeValidator;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.runner.RecipeRunner;
import dev.cprops.recipes.runner.RunListener;
import dev.cprops.recipes.runner.RunSummary;
import dev.cprops.recipes.runner.Sleeper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.rest.errors.ConnectRestException;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * Sink throughput: the same records upserted into the mock server by the Kafka Connect sink with 1,
 * 2 and 4 tasks, and by the recipe runner running a recipe (a CSV of the same rows read by the
 * {@code csv} app, then {@code batch_upsert_customers} over them in batches of the sink's size), at
 * 0 and 20 ms of added latency per API answer (WireMock's fixed delay). Each sink run gets a new
 * topic: its tasks start and settle in the consumer group, are paused, the rows are produced, and
 * the sink is timed from its resumption to its last customer written (the tasks' start and the
 * group's rebalances left out); the recipe runner from the start of its run to its end. Not a test:
 * prints a table.
 *
 * <p>Run: {@code java -cp kafka-connect/target/kafka-connect-demo.jar
 * dev.cprops.kafka.bench.SinkBenchmark [records]} (the demo jar holds it; default 4000 records).
 */
public final class SinkBenchmark {
  static final String TOPIC = "bench-rows";
  static final int PARTITIONS = 4;
  static final int BATCH = 500;
  static final SecretsFile SECRETS = SecretsFile.create();

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
      worker.putAll(SecretsFile.WORKER_PROPS);
      EmbeddedConnectCluster cluster =
          new EmbeddedConnectCluster.Builder()
              .name("bench")
              .numWorkers(1)
              .numBrokers(1)
              .workerProps(worker)
              .build();
      cluster.start();
      try {
        Path recipeDir = recipe(rows);
        // Warm-up, not timed: class loading and JIT for both contenders.
        recipeRunner(server, recipeDir, records);
        sink(server, cluster, rows, 1, "warm-up");
        List<String> lines = new ArrayList<>();
        int run = 0;
        for (int latency : new int[] {0, 20}) {
          setLatency(server, latency);
          double runner = recipeRunner(server, recipeDir, records);
          lines.add(line(latency, "recipe runner, batch upsert", records, runner, runner));
          for (int tasks : new int[] {1, 2, 4}) {
            double rate = sink(server, cluster, rows, tasks, "bench-" + run++);
            lines.add(
                line(latency, "Kafka Connect sink, " + tasks + " task(s)", records, rate, runner));
          }
        }
        setLatency(server, 0);
        System.out.println();
        System.out.printf(
            "%-8s %-36s %8s %10s %10s%n",
            "latency", "contender", "records", "records/s", "vs runner");
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

  private static void produce(
      EmbeddedConnectCluster cluster, String topic, List<Map<String, Object>> rows)
      throws Exception {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<byte[], byte[]> producer = cluster.kafka().createProducer(props)) {
      List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
      for (Map<String, Object> row : rows) {
        sends.add(
            producer.send(
                new ProducerRecord<>(
                    topic,
                    row.get("Customer Key").toString().getBytes(StandardCharsets.UTF_8),
                    Json.compact(row).getBytes(StandardCharsets.UTF_8))));
      }
      producer.flush();
      for (Future<RecordMetadata> send : sends) {
        send.get();
      }
    }
  }

  /**
   * A directory holding the rows as {@code rows.csv} and a recipe that reads them and upserts them
   * in batches of {@value #BATCH} (as the sample recipe {@code crm-export-to-customers} does).
   */
  private static Path recipe(List<Map<String, Object>> rows) throws IOException {
    Path dir = Files.createTempDirectory("sink-bench-recipe");
    List<String> header = new ArrayList<>(rows.get(0).keySet());
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(header.toArray(String[]::new))
            .get()
            .print(Files.newBufferedWriter(dir.resolve("rows.csv")))) {
      for (Map<String, Object> row : rows) {
        csv.printRecord(header.stream().map(row::get).toList());
      }
    }
    Map<String, Object> read = new LinkedHashMap<>();
    read.put("id", "rows");
    read.put("app", "csv");
    read.put("action", "read");
    read.put("input", Map.of("path", "{{recipe.dir}}/rows.csv"));
    Map<String, Object> upsertInput = new LinkedHashMap<>();
    upsertInput.put("records", "{{item}}");
    upsertInput.put("match_by", "customer_key");
    upsertInput.put("partner_key", "partner_jane");
    Map<String, Object> upsert = new LinkedHashMap<>();
    upsert.put("id", "upsert");
    upsert.put("app", "customer_properties");
    upsert.put("action", "batch_upsert_customers");
    upsert.put("for_each", "{{steps.rows.rows}}");
    upsert.put("batch_size", BATCH);
    upsert.put("on_error", "continue");
    upsert.put("input", upsertInput);
    Map<String, Object> recipe = new LinkedHashMap<>();
    recipe.put("name", "sink benchmark rows to customers");
    recipe.put("trigger", Map.of("app", "schedule", "input", Map.of("every", "1h")));
    recipe.put("steps", List.of(read, upsert));
    Files.writeString(dir.resolve("recipe.json"), Json.compact(recipe));
    return dir;
  }

  /** One run of the recipe by the recipe runner into an emptied server; records per second. */
  private static double recipeRunner(MockServer server, Path dir, int records) throws IOException {
    server.seed(Seed.DEMO, 0);
    Recipe recipe =
        RecipeParser.parse(Files.readString(dir.resolve("recipe.json")), dir.toAbsolutePath());
    AppRegistry apps =
        AppRegistry.load(
            BuiltinApps.create(new PrintWriter(Writer.nullWriter()), Clock.systemUTC()));
    Map<String, Object> values = new LinkedHashMap<>(connection(server, ""));
    try (Connections connections =
        new Connections(Map.of("customer_properties", values), Map.of(), List.of())) {
      new RecipeValidator(apps, connections::given).require(recipe);
      Path state = Files.createTempDirectory(dir, "state");
      RecipeRunner runner =
          new RecipeRunner(
              apps, connections, new RunListener() {}, Clock.systemUTC(), Sleeper.SYSTEM);
      long start = System.nanoTime();
      RunSummary summary = runner.run(recipe, state, true, () -> false);
      double seconds = (System.nanoTime() - start) / 1e9;
      long written = server.store().counts().customers();
      if (summary.failed() != 0 || written != records) {
        throw new IllegalStateException(
            "the recipe run wrote " + written + " of " + records + " customers: " + summary);
      }
      return records / seconds;
    }
  }

  /**
   * A new sink connector over a new topic holding the rows; records per second from the moment
   * every task may start until every row is written.
   */
  private static double sink(
      MockServer server,
      EmbeddedConnectCluster cluster,
      List<Map<String, Object>> rows,
      int tasks,
      String name)
      throws Exception {
    int records = rows.size();
    String topic = TOPIC + "-" + name;
    cluster.kafka().createTopic(topic, PARTITIONS);
    server.seed(Seed.DEMO, 0);
    Map<String, String> config = connection(server, "connection.");
    // By reference: Connect echoes connector configs as submitted, and they reach the log.
    config.put("connection.secret_key", SECRETS.reference("secret_key", server.secretKey()));
    config.put("connector.class", SpiSinkConnector.class.getName());
    config.put("tasks.max", Integer.toString(tasks));
    config.put("topics", topic);
    config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    config.put("value.converter.schemas.enable", "false");
    config.put("input.partner_key", "partner_jane");
    config.put("key.column", "Customer Key");
    // The tasks start on the empty topic and settle in the consumer group, are paused, the rows
    // are produced, and all tasks resume at once: the timing holds neither the tasks' start nor
    // the group's rebalances, and every task finds its backlog waiting, as the recipe runner does.
    cluster.configureConnector(name, config);
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    try (Admin admin = cluster.kafka().createAdminClient()) {
      while (!groupReady(admin, "connect-" + name, tasks)) {
        check(cluster, name, deadline);
        Thread.sleep(50);
      }
    }
    cluster.pauseConnector(name);
    while (!paused(cluster, name, tasks)) {
      check(cluster, name, deadline);
      Thread.sleep(50);
    }
    produce(cluster, topic, rows);
    long start = System.nanoTime();
    cluster.resumeConnector(name);
    while (server.store().counts().customers() < records) {
      check(cluster, name, deadline);
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    cluster.deleteConnector(name);
    return records / seconds;
  }

  /** Whether the sink's consumer group is stable with one member per task, each with partitions. */
  private static boolean groupReady(Admin admin, String group, int tasks) throws Exception {
    ConsumerGroupDescription description;
    try {
      description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
    } catch (ExecutionException notYet) {
      return false; // the group does not exist yet
    }
    return description.groupState() == GroupState.STABLE
        && description.members().size() == tasks
        && description.members().stream()
            .allMatch(m -> !m.assignment().topicPartitions().isEmpty());
  }

  /** Whether the connector and all its tasks report PAUSED. */
  private static boolean paused(EmbeddedConnectCluster cluster, String name, int tasks) {
    ConnectorStateInfo status = cluster.connectorStatus(name);
    return "PAUSED".equals(status.connector().state())
        && status.tasks().size() == tasks
        && status.tasks().stream().allMatch(t -> "PAUSED".equals(t.state()));
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
