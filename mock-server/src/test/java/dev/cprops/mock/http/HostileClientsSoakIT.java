package dev.cprops.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.bench.Latencies;
import dev.cprops.mock.persistence.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * The soak: the fat jar on a 256 MiB heap, normal API traffic measured alone, then again
 * while 40 clients send their bodies a byte at a time and others push 200 MiB chunked bodies
 * without credentials (and over-limit bodies with them). Prints normal-request latency with and
 * without the attack and what the attackers got. Holds: no 5xx and no OutOfMemoryError, every
 * normal request answered 200 within the client's timeout, every attacker answered 401, 408 or 413
 * (or closed), and the stored state unchanged.
 */
class HostileClientsSoakIT {
  private static final Duration PHASE = Duration.ofSeconds(6);
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(5);
  private static final int NORMAL_CLIENTS = 4;
  private static final int SLOW_CLIENTS = 40;
  private static final int LARGE_BODY_CLIENTS = 3;
  private static final String VENDOR =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("pk_demo_public:sk_demo_secret".getBytes(StandardCharsets.UTF_8));

  private final Map<Integer, LongAdder> attackAnswers = new ConcurrentHashMap<>();
  private final LongAdder attackBytes = new LongAdder();

  @Test
  void normalTrafficStaysServed_whileSlowAndLargeBodiesHammerTheServer() throws Exception {
    Path jar = Path.of(System.getProperty("mock.server.jar", "target/mock-server.jar"));
    long started = System.nanoTime();
    ServerProcess server =
        ServerProcess.start(
            List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
            jar,
            List.of(
                "--port",
                "0",
                "--customers",
                "100",
                "--rate-limit",
                "0",
                "--read-timeout-ms",
                "3000"));
    try {
      URI root = URI.create(server.rootUrl());
      long startSeconds = (System.nanoTime() - started) / 1_000_000_000L;
      String before = state(root);

      normalTraffic(root, Duration.ofSeconds(2)); // warm-up, not measured
      Run quiet = normalTraffic(root, PHASE);

      AtomicBoolean attacking = new AtomicBoolean(true);
      List<Thread> attackers = new ArrayList<>();
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        attackers.add(start("slow-" + i, () -> slowBodies(root, attacking)));
      }
      for (int i = 0; i < LARGE_BODY_CLIENTS; i++) {
        boolean withCredentials = i == LARGE_BODY_CLIENTS - 1;
        attackers.add(start("large-" + i, () -> largeBodies(root, attacking, withCredentials)));
      }
      Thread.sleep(1000); // the attack under way before measuring
      Run attacked = normalTraffic(root, PHASE);
      attacking.set(false);
      long stopping = System.nanoTime();
      for (Thread attacker : attackers) {
        attacker.join(30_000);
      }
      long stopMillis = (System.nanoTime() - stopping) / 1_000_000L;

      System.out.printf(
          "%nHostile clients soak (fat jar, -Xmx256m, %d normal clients, %d s per phase)%n",
          NORMAL_CLIENTS, PHASE.toSeconds());
      System.out.printf(
          "%-34s %9s %9s %9s %9s %9s%n",
          "normal GETs", "requests", "p50 ms", "p99 ms", "max ms", "non-200");
      quiet.print("alone");
      attacked.print("with " + SLOW_CLIENTS + " slow + " + LARGE_BODY_CLIENTS + " large bodies");
      System.out.printf(
          "attack answers by status: %s; %.0f MiB of attack bodies sent%n",
          attackAnswers, attackBytes.sum() / 1048576.0);
      System.out.printf(
          "(server start %d s, attackers stopped in %d ms)%n%n", startSeconds, stopMillis);

      assertThat(server.isAlive()).as(server.output()).isTrue();
      assertThat(server.output()).doesNotContain("OutOfMemoryError");
      assertThat(quiet.failures.sum()).isZero();
      assertThat(attacked.failures.sum()).as("normal requests not answered 200 in time").isZero();
      assertThat(attackAnswers.keySet()).isSubsetOf(401, 408, 413, 0);
      assertThat(attackAnswers).containsKeys(401, 408, 413);
      assertThat(state(root)).isEqualTo(before);
    } finally {
      server.stop();
    }
  }

  /** Normal API reads from {@link #NORMAL_CLIENTS} threads for {@code duration}. */
  private Run normalTraffic(URI root, Duration duration) throws InterruptedException {
    Run run = new Run();
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < NORMAL_CLIENTS; t++) {
      int client = t;
      threads.add(
          start(
              "normal-" + t,
              () -> {
                HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Latencies latencies = new Latencies();
                for (int i = 0; System.nanoTime() < end; i++) {
                  String path =
                      i % 2 == 0
                          ? "/api/v2/customers?limit=10"
                          : "/api/v2/customers/acct_"
                              + String.format("%05d", 1 + (client * 7 + i) % 100);
                  long start = System.nanoTime();
                  try {
                    HttpResponse<byte[]> response =
                        http.send(
                            HttpRequest.newBuilder(root.resolve(path))
                                .header("Authorization", VENDOR)
                                .timeout(CLIENT_TIMEOUT)
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                      run.failures.increment();
                    }
                  } catch (IOException e) {
                    run.failures.increment();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  latencies.record(System.nanoTime() - start);
                }
                synchronized (run.latencies) {
                  run.latencies.addAll(latencies);
                }
              }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return run;
  }

  /** Sends a 10 000-byte customer body a byte every 200 ms, reconnecting when cut off. */
  private void slowBodies(URI root, AtomicBoolean attacking) {
    while (attacking.get()) {
      try (Socket socket = new Socket("127.0.0.1", root.getPort())) {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            head(
                root,
                "POST /api/v2/customers",
                "Authorization: " + VENDOR,
                "Content-Length: 10000"));
        out.flush();
        InputStream in = socket.getInputStream();
        while (attacking.get() && in.available() == 0) {
          out.write('{');
          out.flush();
          attackBytes.increment();
          Thread.sleep(200);
        }
        if (in.available() > 0) {
          record(in); // else the attack is over: hang up without waiting for the answer
        }
      } catch (IOException e) {
        record(0); // cut off mid-write: the server closed the connection
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Streams 200 MiB chunked bodies: without credentials (401, the body unread), or with them past
   * the 1 MiB limit (413 while reading).
   */
  private void largeBodies(URI root, AtomicBoolean attacking, boolean withCredentials) {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) ' ');
    byte[] chunkHead =
        (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    while (attacking.get()) {
      try (Socket socket = new Socket("127.0.0.1", root.getPort())) {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            head(
                root,
                "POST /api/v2/customers",
                withCredentials ? "Authorization: " + VENDOR : "X-No-Credentials: 1",
                "Transfer-Encoding: chunked"));
        InputStream in = socket.getInputStream();
        try {
          for (long sent = 0;
              sent < 200L * 1024 * 1024 && in.available() == 0 && attacking.get();
              sent += chunk.length) {
            out.write(chunkHead);
            out.write(chunk);
            out.write('\r');
            out.write('\n');
            attackBytes.add(chunk.length);
          }
        } catch (IOException e) {
          // the server answered and closed: read what it said
        }
        if (attacking.get() || in.available() > 0) {
          record(in);
        }
      } catch (IOException e) {
        record(0);
      }
    }
  }

  private void record(InputStream in) {
    try {
      record(RawHttp.read(in).status());
    } catch (IOException | AssertionError e) {
      record(0);
    }
  }

  private void record(int status) {
    attackAnswers.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  private static byte[] head(URI root, String requestLine, String... headers) {
    StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(root.getPort()).append("\r\n");
    head.append("Content-Type: application/json\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String state(URI root) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    StringBuilder state = new StringBuilder();
    for (String path :
        List.of(
            "/api/v2/customers?include_archived=true&limit=250&expand=fields",
            "/api/v2/customer-properties?include_archived=true&limit=250",
            "/api/v2/partnerships?limit=250")) {
      state.append(
          http.send(
                  HttpRequest.newBuilder(root.resolve(path))
                      .header("Authorization", VENDOR)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
    }
    return state.toString();
  }

  private static Thread start(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** The normal requests of one phase. */
  private static final class Run {
    final Latencies latencies = new Latencies();
    final LongAdder failures = new LongAdder();

    void print(String label) {
      System.out.printf(
          "%-34s %9d %9.1f %9.1f %9.1f %9d%n",
          label,
          latencies.size(),
          latencies.percentile(50) / 1e6,
          latencies.percentile(99) / 1e6,
          latencies.percentile(100) / 1e6,
          failures.sum());
    }
  }
}
