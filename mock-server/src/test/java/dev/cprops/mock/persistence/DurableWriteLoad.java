package dev.cprops.mock.persistence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A write-throughput probe (a program, not a test): {@code threads} keep-alive connections PATCH
 * customers of a running mock server for {@code seconds}, then it prints writes per second and
 * p50/p99 latency. Run it once against a server without {@code --data-dir} and once with, to see
 * what durability costs.
 *
 * <pre>
 * java -cp mock-server/target/test-classes dev.cprops.mock.persistence.DurableWriteLoad \
 *     http://127.0.0.1:4010 16 20
 * </pre>
 *
 * It first creates one customer per thread ({@code load_<n>}, partner {@code partner_jane} of the
 * demo seed), then each thread PATCHes its own customer's name.
 */
public final class DurableWriteLoad {
  private static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("pk_demo_public:sk_demo_secret".getBytes(StandardCharsets.UTF_8));

  /** What one run measured. */
  record Result(int threads, double seconds, int writes, double p50Millis, double p99Millis) {
    double perSecond() {
      return writes / seconds;
    }
  }

  private DurableWriteLoad() {}

  public static void main(String[] args) throws Exception {
    Result result = measure(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    System.out.printf(
        "%d threads, %.1f s: %d PATCHes, %.0f per second, p50 %.2f ms, p99 %.2f ms%n",
        result.threads(),
        result.seconds(),
        result.writes(),
        result.perSecond(),
        result.p50Millis(),
        result.p99Millis());
  }

  /** Runs the load against the server at {@code root} (its demo seed) and measures it. */
  static Result measure(String root, int threads, int seconds) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String run = Long.toString(System.nanoTime(), 36);
    for (int t = 0; t < threads; t++) {
      send(
          http,
          "POST",
          root + "/api/v2/customers",
          "{\"customer_key\":\"load_"
              + run
              + "_"
              + t
              + "\",\"email\":\"load"
              + t
              + "@example.com\",\"partner_key\":\"partner_jane\"}");
    }
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> workers = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      String url = root + "/api/v2/customers/load_" + run + "_" + t;
      workers.add(
          pool.submit(
              () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (!stop.get()) {
                  long start = System.nanoTime();
                  send(http, "PATCH", url, "{\"name\":\"n" + n + "\"}");
                  if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                  }
                  latencies[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(latencies, n);
              }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    long[] all = new long[0];
    for (Future<long[]> worker : workers) {
      long[] latencies = worker.get();
      int at = all.length;
      all = Arrays.copyOf(all, at + latencies.length);
      System.arraycopy(latencies, 0, all, at, latencies.length);
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    return new Result(
        threads,
        elapsed,
        all.length,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6);
  }

  private static void send(HttpClient http, String method, String url, String body)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(method + " " + url + ": " + response.statusCode());
    }
  }
}
