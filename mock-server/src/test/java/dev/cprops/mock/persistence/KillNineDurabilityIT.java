package dev.cprops.mock.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.json.JsonValueReader;
import dev.cprops.mock.json.JsonValueWriter;
import java.io.IOException;
import java.math.BigDecimal;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability test: the fat jar as a child process with {@code --data-dir}, writers on
 * several threads, {@code kill -9} in the middle of the load, a restart on the same directory, and
 * every acknowledged write found. Two rounds, so the second restart loads a snapshot that the first
 * restart compacted plus a new journal.
 *
 * <p>What "acknowledged" promises, and so what is asserted: each writer thread owns its customers
 * and has at most one request in flight. A write answered 2xx is in the restarted state, unless the
 * same thread's later write (the one in flight at the kill, whose outcome is unknown) replaced it.
 * So a customer whose create was acknowledged exists, and holds either its last acknowledged values
 * or those of the write in flight; a customer whose create was in flight may or may not exist, and
 * if it does, holds its create's values (or those of nothing later: the thread never patched it).
 */
class KillNineDurabilityIT {
  private static final int THREADS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 400;
  private static final int DEMO_CUSTOMERS = 20;
  private static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("pk_demo_public:sk_demo_secret".getBytes(StandardCharsets.UTF_8));

  /** One customer as its owning thread knows it. */
  private static final class Tracked {
    final String customerKey;
    boolean created; // the create was acknowledged
    int acknowledged; // the counter of the last acknowledged write
    Integer inFlight; // the counter of the write whose answer the kill cut off

    Tracked(String customerKey) {
      this.customerKey = customerKey;
    }
  }

  @TempDir Path dataDir;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private ServerProcess server;

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void everyAcknowledgedWrite_survivesKillNine_andARestart() throws Exception {
    server = start();
    assertThat(
            send(
                    "POST",
                    "/customer-properties",
                    Map.of("api_name", "counter", "label", "Counter", "type", "number"))
                .statusCode())
        .isEqualTo(200);
    List<Tracked> customers = new ArrayList<>();

    for (int round = 1; round <= 2; round++) {
      customers.addAll(loadThenKill(round, customers));
      server = start();

      assertThat(server.output()).contains("restored");
      int existing = verify(customers);
      assertThat(customerCount()).isEqualTo(DEMO_CUSTOMERS + existing);
    }
  }

  /** Runs the writers until enough writes are acknowledged, kills the server, joins the writers. */
  private List<Tracked> loadThenKill(int round, List<Tracked> earlier) throws Exception {
    AtomicInteger acknowledged = new AtomicInteger();
    ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Tracked>>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<Tracked> inherited = new ArrayList<>();
      for (int i = t; i < earlier.size(); i += THREADS) {
        inherited.add(earlier.get(i));
      }
      String prefix = "r" + round + "t" + t + "c";
      writers.add(pool.submit(() -> write(prefix, inherited, acknowledged, unexpected)));
    }
    while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL && unexpected.isEmpty()) {
      assertThat(writers).noneMatch(Future::isDone);
      Thread.sleep(5);
    }
    server.killHard();
    List<Tracked> created = new ArrayList<>();
    for (Future<List<Tracked>> writer : writers) {
      created.addAll(writer.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();
    assertThat(unexpected).isEmpty();
    return created;
  }

  /**
   * One writer: creates customers and patches its own ones until the server is gone.
   *
   * @return the customers it created (acknowledged or in flight)
   */
  private List<Tracked> write(
      String prefix,
      List<Tracked> owned,
      AtomicInteger acknowledged,
      ConcurrentLinkedQueue<String> unexpected)
      throws InterruptedException {
    List<Tracked> created = new ArrayList<>();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      boolean create = owned.isEmpty() || random.nextInt(4) == 0;
      Tracked target;
      int value;
      String method;
      String path;
      Map<String, Object> body;
      if (create) {
        target = new Tracked(prefix + created.size());
        created.add(target);
        owned.add(target);
        value = 0;
        method = "POST";
        path = "/customers";
        body =
            Map.of(
                "customer_key",
                target.customerKey,
                "email",
                target.customerKey + "@example.com",
                "partner_key",
                "partner_jane",
                "name",
                "v0",
                "meta",
                Map.of("counter", 0));
      } else {
        target = owned.get(random.nextInt(owned.size()));
        value = target.acknowledged + 1;
        method = "PATCH";
        path = "/customers/" + target.customerKey;
        body = Map.of("name", "v" + value, "meta", Map.of("counter", value));
      }
      target.inFlight = value;
      HttpResponse<byte[]> response;
      try {
        response = send(method, path, body);
      } catch (IOException e) {
        return created; // the server is gone: this write's outcome is unknown
      }
      if (response.statusCode() / 100 != 2) {
        unexpected.add(method + " " + path + ": " + response.statusCode());
        return created;
      }
      target.created = true;
      target.acknowledged = value;
      target.inFlight = null;
      acknowledged.incrementAndGet();
    }
  }

  /**
   * Checks every tracked customer against the restarted server, then takes what it found as the
   * acknowledged state for the next round.
   *
   * @return how many tracked customers exist
   */
  private int verify(List<Tracked> customers) throws Exception {
    int existing = 0;
    List<String> lost = new ArrayList<>();
    for (Tracked customer : customers) {
      HttpResponse<byte[]> response = send("GET", "/customers/" + customer.customerKey, null);
      if (response.statusCode() == 404 && !customer.created) {
        continue; // its create was in flight and did not reach the disk
      }
      if (response.statusCode() != 200) {
        lost.add(customer.customerKey + ": GET answered " + response.statusCode());
        continue;
      }
      existing++;
      Map<?, ?> data = (Map<?, ?>) json(response).get("data");
      int counter = ((BigDecimal) ((Map<?, ?>) data.get("meta")).get("counter")).intValueExact();
      boolean acknowledgedValue = customer.created && counter == customer.acknowledged;
      boolean inFlightValue = customer.inFlight != null && counter == customer.inFlight;
      if (!acknowledgedValue && !inFlightValue) {
        lost.add(
            customer.customerKey
                + ": counter "
                + counter
                + ", acknowledged "
                + (customer.created ? customer.acknowledged : "nothing")
                + ", in flight "
                + customer.inFlight);
      } else if (!data.get("name").equals("v" + counter)) {
        lost.add(customer.customerKey + ": name " + data.get("name") + " with counter " + counter);
      }
      customer.created = true;
      customer.acknowledged = counter;
      customer.inFlight = null;
    }
    customers.removeIf(c -> !c.created);
    assertThat(lost).as("acknowledged writes lost").isEmpty();
    return existing;
  }

  private int customerCount() throws Exception {
    HttpResponse<byte[]> stats =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(server.rootUrl() + "/__admin/customer-properties/stats"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    Map<?, ?> data = (Map<?, ?>) json(stats).get("data");
    return ((BigDecimal) data.get("customers")).intValueExact();
  }

  private ServerProcess start() throws Exception {
    Path jar = Path.of(System.getProperty("mock.server.jar", "target/mock-server.jar"));
    return ServerProcess.start(
        jar,
        List.of(
            "--port",
            "0",
            "--data-dir",
            dataDir.toString(),
            "--customers",
            String.valueOf(DEMO_CUSTOMERS)));
  }

  private HttpResponse<byte[]> send(String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.rootUrl() + "/api/v2" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", AUTHORIZATION);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JsonValueWriter.write(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<?, ?> json(HttpResponse<byte[]> response) throws Exception {
    return (Map<?, ?>) new JsonValueReader(JsonValueReader.DEFAULT_MAX_DEPTH).read(response.body());
  }
}
