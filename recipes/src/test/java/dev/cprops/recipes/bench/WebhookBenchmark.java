package dev.cprops.recipes.bench;

import dev.cprops.connector.spi.Json;
import dev.cprops.mock.MockServer;
import dev.cprops.recipes.apps.BuiltinApps;
import dev.cprops.recipes.connections.ConnectionProvider;
import dev.cprops.recipes.connections.Connections;
import dev.cprops.recipes.embedded.EmbeddedMockServerProvider;
import dev.cprops.recipes.recipe.Recipe;
import dev.cprops.recipes.recipe.RecipeParser;
import dev.cprops.recipes.runner.AppRegistry;
import dev.cprops.recipes.runner.RecipeRunner;
import dev.cprops.recipes.runner.RunListener;
import dev.cprops.recipes.runner.RunSummary;
import dev.cprops.recipes.runner.Sleeper;
import dev.cprops.recipes.runner.WebhookOptions;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webhook path end to end: customers changed through the API (vendor {@code PATCH}), the mock
 * server's signed deliveries, the runner's receiver (verification, dedup journal) and the steps.
 * For each change it measures the time from the API's answer to the {@code PATCH} to the runner
 * having handled the event (steps done, key journaled), and the events handled per second.
 *
 * <p>Two recipes: sample 5 as shipped (a CRM batch update and a log line per event) and the runner
 * alone (one log line per event, so the cost is the delivery, the verification, the typed event and
 * the journal). Two loads: one change at a time, each waiting for its event (latency), and a burst
 * from 4 client threads over 300 customers (throughput; the server delivers up to 4 customers at
 * once, the runner runs events one at a time). Rate limit off; log output discarded.
 *
 * <p>Run: {@code ./mvnw -B -q -pl recipes -am package -DskipTests && java -cp
 * recipes/target/recipe.jar:recipes/target/test-classes dev.cprops.recipes.bench.WebhookBenchmark
 * [sequential-events] [burst-events]}
 */
public final class WebhookBenchmark {
  private static final int CUSTOMERS = 300;
  private static final int CLIENT_THREADS = 4;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String LOG_ONLY =
      """
      {"name": "Webhook to log", "trigger": {"app": "customer_properties", "trigger": "customer_event",
        "input": {"events": ["customer.updated"]}},
       "steps": [{"id": "log", "app": "log", "action": "info",
                  "input": {"message": "{{trigger.customer.customer_key}} {{trigger.changes}}"}}]}
      """;

  private WebhookBenchmark() {}

  private record Row(
      String recipe,
      String load,
      int events,
      double seconds,
      double p50,
      double p90,
      double p99,
      double max,
      long notifications,
      long retried) {}

  public static void main(String[] args) throws Exception {
    int sequential = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int burst = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Path sample = Path.of("recipes/samples/customer-events-to-crm/recipe.json");
    if (!Files.exists(sample)) {
      sample = Path.of("samples/customer-events-to-crm/recipe.json");
    }
    Recipe crm = RecipeParser.parse(Files.readString(sample), sample.getParent());
    Recipe log = RecipeParser.parse(LOG_ONLY, Path.of("."));
    System.out.printf(
        Locale.ROOT,
        "Webhook path: API PATCH answered -> event handled by the runner; %d customers, %d client"
            + " threads for bursts; Java %s, %d cores%n%n",
        CUSTOMERS,
        CLIENT_THREADS,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    List<Row> rows = new ArrayList<>();
    MockServer server = MockServer.builder().customers(CUSTOMERS).rateLimit(0).build().start();
    try {
      run(server, log, "warm-up", 300, 1); // JIT, connections and definitions cache
      for (Recipe recipe : List.of(log, crm)) {
        rows.add(run(server, recipe, "one at a time", sequential, 1));
        rows.add(run(server, recipe, "burst", burst, CLIENT_THREADS));
      }
    } finally {
      server.stop();
    }
    System.out.printf(
        Locale.ROOT,
        "%-32s %-14s %7s %8s %9s %8s %8s %8s %8s %14s %8s%n",
        "recipe",
        "load",
        "events",
        "seconds",
        "events/s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms",
        "notifications",
        "5xx");
    for (Row row : rows) {
      System.out.printf(
          Locale.ROOT,
          "%-32s %-14s %7d %8.2f %9.1f %8.1f %8.1f %8.1f %8.1f %14d %8d%n",
          row.recipe(),
          row.load(),
          row.events(),
          row.seconds(),
          row.events() / row.seconds(),
          row.p50(),
          row.p90(),
          row.p99(),
          row.max(),
          row.notifications(),
          row.retried());
    }
  }

  private static Row run(MockServer server, Recipe recipe, String load, int events, int threads)
      throws Exception {
    server.reseed();
    Path state = Files.createTempDirectory("webhook-bench");
    Map<String, Long> handledAt = new ConcurrentHashMap<>();
    Semaphore handled = new Semaphore(0);
    CountDownLatch listening = new CountDownLatch(1);
    RunListener listener =
        new RunListener() {
          @Override
          public void listening(String trigger, String callbackUrl, boolean reused) {
            listening.countDown();
          }

          @Override
          public void rejected(String trigger, String reason) {
            System.err.println("rejected: " + reason);
          }

          @Override
          public void delivered(String trigger, int events, int duplicates, int status) {
            if (status != 200) {
              System.err.println("answered " + status);
            }
          }

          @Override
          public void eventHandled(Map<String, Object> event) {
            Map<?, ?> customer = (Map<?, ?>) event.get("customer");
            Map<?, ?> meta = (Map<?, ?>) customer.get("meta");
            handledAt.put(
                customer.get("customer_key") + "=" + meta.get("industry"), System.nanoTime());
            handled.release();
          }
        };
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
    AppRegistry apps = AppRegistry.load(BuiltinApps.create(discard, Clock.systemUTC()));
    ConnectionProvider provider =
        connector -> EmbeddedMockServerProvider.connectionValues(server, connector.id());
    try (Connections connections = new Connections(Map.of(), Map.of(), List.of(provider))) {
      RecipeRunner runner =
          new RecipeRunner(apps, connections, listener, Clock.systemUTC(), Sleeper.SYSTEM);
      AtomicBoolean stop = new AtomicBoolean();
      CompletableFuture<RunSummary> run =
          CompletableFuture.supplyAsync(
              () ->
                  runner.runWebhook(
                      recipe, state, WebhookOptions.defaults().withMaxEvents(events), stop::get));
      try {
        return measure(server, recipe, load, events, threads, run, handledAt, handled, listening);
      } finally {
        stop.set(true);
      }
    }
  }

  private static Row measure(
      MockServer server,
      Recipe recipe,
      String load,
      int events,
      int threads,
      CompletableFuture<RunSummary> run,
      Map<String, Long> handledAt,
      Semaphore handled,
      CountDownLatch listening)
      throws Exception {
    {
      while (!listening.await(50, TimeUnit.MILLISECONDS)) {
        if (run.isDone()) {
          run.join();
        }
      }
      Map<String, Long> answeredAt = new ConcurrentHashMap<>();
      AtomicInteger next = new AtomicInteger();
      long started = System.nanoTime();
      ExecutorService clients =
          Executors.newFixedThreadPool(
              threads,
              task -> {
                Thread thread = new Thread(task, "client");
                thread.setDaemon(true);
                return thread;
              });
      for (int t = 0; t < threads; t++) {
        clients.execute(
            () -> {
              int i;
              while ((i = next.getAndIncrement()) < events) {
                String customer = String.format(Locale.ROOT, "acct_%05d", 1 + i % CUSTOMERS);
                String industry = "Industry " + i;
                patch(server, customer, industry);
                String key = customer + "=" + industry;
                answeredAt.put(key, System.nanoTime());
                if (threads == 1) {
                  handled.acquireUninterruptibly();
                }
              }
            });
      }
      clients.shutdown();
      int seen = -1;
      while (!run.isDone()) {
        int now = handledAt.size();
        if (now == seen) {
          throw new IllegalStateException(
              load
                  + ": no event handled for 30 s after "
                  + now
                  + "; failed attempts: "
                  + failedAttempts(server));
        }
        seen = now;
        try {
          run.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          // checked above
        }
      }
      RunSummary summary = run.join();
      double seconds = (System.nanoTime() - started) / 1e9;
      clients.shutdownNow();
      List<Double> latencies = new ArrayList<>();
      answeredAt.forEach(
          (key, answered) -> {
            Long done = handledAt.get(key);
            if (done != null) {
              latencies.add(Math.max(0, done - answered) / 1e6);
            }
          });
      Collections.sort(latencies);
      if (summary.events() != events || latencies.size() != events) {
        throw new IllegalStateException(
            load + ": " + summary.events() + " events ran, " + latencies.size() + " measured");
      }
      return new Row(
          recipe.name(),
          load,
          events,
          seconds,
          percentile(latencies, 0.50),
          percentile(latencies, 0.90),
          percentile(latencies, 0.99),
          latencies.get(latencies.size() - 1),
          summary.webhook().deliveries(),
          summary.webhook().retried());
    }
  }

  /** The server's delivery attempts that did not succeed, for a run that stalled. */
  private static String failedAttempts(MockServer server) {
    StringBuilder out = new StringBuilder();
    for (Object webhook : items(get(server, "/webhooks?limit=250"))) {
      String key = ((Map<?, ?>) webhook).get("key").toString();
      for (Object attempt : items(get(server, "/webhooks/" + key + "/deliveries?limit=250"))) {
        Map<?, ?> a = (Map<?, ?>) attempt;
        if (!Boolean.TRUE.equals(a.get("succeeded"))) {
          out.append("\n  ").append(Json.compact(a));
        }
      }
    }
    return out.toString();
  }

  private static List<?> items(Map<String, Object> answer) {
    return (List<?>) ((Map<?, ?>) answer.get("data")).get("items");
  }

  private static Map<String, Object> get(MockServer server, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Authorization", "Basic " + basic(server))
            .build();
    try {
      return Json.parseObject(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String basic(MockServer server) {
    return Base64.getEncoder()
        .encodeToString(
            (server.publicKey() + ":" + server.secretKey()).getBytes(StandardCharsets.UTF_8));
  }

  private static double percentile(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static void patch(MockServer server, String customer, String industry) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/customers/" + customer))
            .header("Authorization", "Basic " + basic(server))
            .header("Content-Type", "application/json")
            .method(
                "PATCH",
                HttpRequest.BodyPublishers.ofString(
                    Json.compact(Map.of("meta", Map.of("industry", industry)))))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("PATCH " + customer + ": " + response.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
