package dev.cprops.mock.api;

import static dev.cprops.mock.api.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.junit.MockServerInfo;
import dev.cprops.mock.junit.MockServerTest;
import dev.cprops.mock.seed.Seed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writers in parallel: no lost update, and an updated_at walk misses nothing. */
@MockServerTest(seed = Seed.EMPTY)
class ConcurrentWritesAcceptanceTest {
  private MockServerInfo server;
  private HttpApi vendor;

  @BeforeEach
  void setUp(MockServerInfo server) {
    this.server = server;
    server.reset();
    vendor = HttpApi.vendor(server);
    Fixtures.partner(vendor, "partner_a");
  }

  @Test
  void hundredParallelPatchesOfDifferentMetaKeys_loseNoUpdate() throws Exception {
    for (int i = 0; i < 100; i++) {
      vendor.post(
          "/customer-properties", map("api_name", "k" + i, "label", "K " + i, "type", "input"));
    }
    Fixtures.customer(vendor, Bodies.customer("target", "partner_a"));
    ExecutorService pool = Executors.newFixedThreadPool(100);
    List<Future<HttpApi.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int n = i;
      replies.add(
          pool.submit(() -> vendor.patch("/customers/target", map("meta", map("k" + n, "v" + n)))));
    }
    for (Future<HttpApi.Reply> reply : replies) {
      assertThat(reply.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
    pool.shutdown();

    @SuppressWarnings("unchecked")
    Map<String, Object> meta =
        (Map<String, Object>) vendor.get("/customers/target").data().get("meta");
    Map<String, Object> expected = new HashMap<>();
    for (int i = 0; i < 100; i++) {
      expected.put("k" + i, "v" + i);
    }
    assertThat(meta).isEqualTo(expected);
  }

  @Test
  void updatedAtWalk_resumesFromWhereTheCursorItemWas() {
    for (String key : List.of("a", "b", "c")) {
      Fixtures.customer(vendor, Bodies.customer(key, "partner_a"));
    }
    HttpApi.Reply first = vendor.get("/customers?order_by=updated_at&limit=1");
    assertThat(first.items().get(0)).containsEntry("customer_key", "a");
    String cursor = (String) first.items().get(0).get("key");
    vendor.patch("/customers/a", map("name", "changed"));

    HttpApi.Reply next =
        vendor.get("/customers?order_by=updated_at&limit=10&starting_after=" + cursor);

    assertThat(next.items()).extracting(c -> c.get("customer_key")).containsExactly("b", "c", "a");
  }

  @Test
  void updatedAtWalk_withConcurrentWriters_seesEveryFinalVersion() throws Exception {
    int customers = 200;
    for (int i = 0; i < customers; i++) {
      Fixtures.customer(vendor, Bodies.customer("w" + i, "partner_a"));
    }
    AtomicBoolean writersDone = new AtomicBoolean();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      writes.add(
          writers.submit(
              () -> {
                for (int n = 0; n < 100; n++) {
                  int target = ThreadLocalRandom.current().nextInt(customers);
                  HttpApi.Reply reply =
                      vendor.patch("/customers/w" + target, map("name", "t" + thread + "n" + n));
                  assertThat(reply.status()).isEqualTo(200);
                }
              }));
    }
    Thread monitor =
        new Thread(
            () -> {
              for (Future<?> write : writes) {
                try {
                  write.get();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
              writersDone.set(true);
            });
    monitor.start();

    Map<String, BigDecimal> seen = new HashMap<>();
    String cursor = null;
    boolean finalPass = false;
    for (int guard = 0; guard < 100_000; guard++) {
      boolean done = writersDone.get();
      HttpApi.Reply page =
          vendor.get(
              "/customers?order_by=updated_at&min_updated=0&limit=5"
                  + (cursor == null ? "" : "&starting_after=" + cursor));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      for (Map<String, Object> item : page.items()) {
        seen.merge(
            (String) item.get("customer_key"),
            (BigDecimal) item.get("updated_at"),
            BigDecimal::max);
        cursor = (String) item.get("key");
      }
      if (!page.hasMore()) {
        if (finalPass) {
          break;
        }
        finalPass = done;
      }
    }
    monitor.join();
    writers.shutdown();
    for (Future<?> write : writes) {
      write.get();
    }

    Map<String, BigDecimal> finalVersions = new HashMap<>();
    HttpApi.Reply all = vendor.get("/customers?limit=250");
    for (Map<String, Object> item : all.items()) {
      finalVersions.put((String) item.get("customer_key"), (BigDecimal) item.get("updated_at"));
    }
    assertThat(finalVersions).hasSize(customers);
    assertThat(seen).isEqualTo(finalVersions);
    assertThat(server.server().requestsServed()).isGreaterThan(400);
  }
}
