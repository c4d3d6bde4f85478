package dev.cprops.mock.persistence;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What durability and the webhook outbox cost on the write path (a program, not a test): the
 * mock-server jar in a child process, six ways (in memory or with {@code --data-dir}; no webhook, a
 * webhook subscribed to every PATCH whose target is down, or one whose target is a local receiver
 * that answers 204 at once), each loaded by {@link DurableWriteLoad}; prints one table. With the
 * target down, events are recorded and queued but hardly sent (one attempt per customer, then an
 * hour's backoff): that row shows the cost of the outbox itself; with the receiver, delivery's own
 * work shares the machine too.
 *
 * <pre>
 * ./mvnw -B -q -pl mock-server package -DskipTests
 * java -cp mock-server/target/test-classes dev.cprops.mock.persistence.DurabilityBenchmark 16 15
 * </pre>
 *
 * Arguments: writer threads (default 16), seconds per contender (default 15), the jar (default
 * {@code mock-server/target/mock-server.jar}).
 */
public final class DurabilityBenchmark {
  private static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("pk_demo_public:sk_demo_secret".getBytes(StandardCharsets.UTF_8));

  private DurabilityBenchmark() {}

  /** The webhook of a run. */
  private enum Hook {
    NONE(""),
    DOWN(", webhook to a dead target"),
    UP(", webhook to a receiver");

    final String label;

    Hook(String label) {
      this.label = label;
    }
  }

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Path jar = Path.of(args.length > 2 ? args[2] : "mock-server/target/mock-server.jar");
    System.out.printf(
        "%-40s %9s %9s %8s %8s %12s%n",
        "contender", "PATCHes", "per s", "p50 ms", "p99 ms", "events sent");
    for (boolean durable : new boolean[] {false, true}) {
      for (Hook hook : Hook.values()) {
        run(jar, durable, hook, threads, seconds);
      }
    }
  }

  private static void run(Path jar, boolean durable, Hook hook, int threads, int seconds)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--port",
                "0",
                "--customers",
                "20",
                "--rate-limit",
                "0",
                "--webhook-backoff-ms",
                "3600000"));
    Path dir = null;
    if (durable) {
      dir = Files.createTempDirectory("durability-bench");
      args.addAll(List.of("--data-dir", dir.toString()));
    }
    AtomicLong received = new AtomicLong();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    receiver.setExecutor(Executors.newFixedThreadPool(4));
    receiver.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          received.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    ServerProcess server = ServerProcess.start(jar, args);
    try {
      if (hook == Hook.UP) {
        subscribe(server.rootUrl(), "http://127.0.0.1:" + receiver.getAddress().getPort() + "/");
      } else if (hook == Hook.DOWN) {
        subscribe(server.rootUrl(), "http://127.0.0.1:9/"); // the discard port: refused
      }
      DurableWriteLoad.Result result = DurableWriteLoad.measure(server.rootUrl(), threads, seconds);
      System.out.printf(
          "%-40s %9d %9.0f %8.2f %8.2f %12s%n",
          (durable ? "--data-dir" : "in memory") + hook.label,
          result.writes(),
          result.perSecond(),
          result.p50Millis(),
          result.p99Millis(),
          hook == Hook.UP ? Long.toString(received.get()) : "-");
    } finally {
      server.stop();
      receiver.stop(0);
      ((java.util.concurrent.ExecutorService) receiver.getExecutor()).shutdownNow();
      if (dir != null) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static void subscribe(String root, String target) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(root + "/api/v2/webhooks"))
                    .header("Authorization", AUTHORIZATION)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"target\":\""
                                + target
                                + "\",\"events\":[\"customer.created\",\"customer.updated\"]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("webhook: " + response.statusCode() + " " + response.body());
    }
  }
}
