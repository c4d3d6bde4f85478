package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.MockServer;
import dev.cprops.mock.ratelimit.FixedWindowRateLimiter;
import dev.cprops.mock.ratelimit.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-credential rate limits over HTTP: headers, 429 with Retry-After, admin control. The server's
 * clock stands still unless a test moves it, so no window ends in the middle of a test.
 */
class RateLimitAcceptanceTest {
  private static final Instant NOW = Instant.parse("2024-11-23T12:00:30Z");
  private static final long WINDOW_END = Instant.parse("2024-11-23T12:01:00Z").getEpochSecond();
  private static final MutableClock CLOCK = new MutableClock(NOW);
  private static MockServer server;

  private FixedWindowRateLimiter limiter;
  private HttpApi vendor;
  private HttpApi admin;

  @BeforeAll
  static void start() {
    server = MockServer.builder().customers(5).rateLimit(5).clock(CLOCK).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void setUp() {
    CLOCK.set(NOW);
    limiter = server.rateLimiter();
    limiter.setLimit(5);
    limiter.clearCounts();
    vendor = HttpApi.of(server.rootUrl(), HttpApi.basic(server.publicKey(), server.secretKey()));
    admin = HttpApi.of(server.rootUrl(), null);
  }

  private static HttpApi partner(String partnerKey) {
    return HttpApi.of(server.rootUrl(), "Bearer " + server.partnerKeys().get(partnerKey));
  }

  @Test
  void everyAnswerCarriesTheHeaders_andRemainingCountsDown() {
    for (int remaining = 4; remaining >= 0; remaining--) {
      HttpApi.Reply reply = vendor.get("/customers?limit=1");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("5");
      assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(remaining));
      assertThat(reply.header("X-RateLimit-Reset")).isEqualTo(Long.toString(WINDOW_END));
    }
  }

  @Test
  void theRequestOverTheLimit_gets429InTheEnvelope_withRetryAfter() {
    for (int i = 0; i < 5; i++) {
      assertThat(vendor.get("/customers/nobody").status()).isEqualTo(404);
    }

    HttpApi.Reply refused = vendor.get("/customers?limit=1");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json())
        .containsEntry("status", BigDecimal.valueOf(429))
        .containsKey("message");
    assertThat((String) refused.json().get("message"))
        .startsWith("Too Many Requests: the limit is 5 requests per minute per credential");
    assertThat(refused.header("Retry-After")).isEqualTo("30");
    assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("5");
  }

  @Test
  void refusedWrites_changeNothing() {
    for (int i = 0; i < 5; i++) {
      vendor.get("/customer-properties?limit=1");
    }

    HttpApi.Reply refused =
        vendor.post("/partnerships", Bodies.map("partner_key", "partner_new", "email", "n@x.io"));

    assertThat(refused.status()).isEqualTo(429);
    limiter.clearCounts();
    assertThat(vendor.get("/partnerships?limit=250").items())
        .extracting(item -> item.get("partner_key"))
        .doesNotContain("partner_new");
  }

  @Test
  void limitsArePerCredential() {
    HttpApi jane = partner("partner_jane");
    HttpApi raj = partner("partner_raj");
    for (int i = 0; i < 5; i++) {
      vendor.get("/customers?limit=1");
    }
    assertThat(vendor.get("/customers?limit=1").status()).isEqualTo(429);

    HttpApi.Reply janeReply = jane.get("/partner/customers");
    assertThat(janeReply.status()).isEqualTo(200);
    assertThat(janeReply.header("X-RateLimit-Remaining")).isEqualTo("4");
    assertThat(raj.get("/partner/customers").header("X-RateLimit-Remaining")).isEqualTo("4");
    assertThat(limiter.currentCounts())
        .isEqualTo(Map.of("vendor", 5, "partner:partner_jane", 1, "partner:partner_raj", 1));
  }

  @Test
  void unauthenticatedRequests_countPerClientAddress_andTheir401CarriesTheHeaders() {
    HttpApi wrong = HttpApi.of(server.rootUrl(), HttpApi.basic(server.publicKey(), "wrong"));

    HttpApi.Reply unauthorized = wrong.get("/customers");

    assertThat(unauthorized.status()).isEqualTo(401);
    assertThat(unauthorized.header("X-RateLimit-Remaining")).isEqualTo("4");
    assertThat(limiter.currentCounts()).isEqualTo(Map.of("address:127.0.0.1", 1));
    assertThat(vendor.get("/customers?limit=1").header("X-RateLimit-Remaining")).isEqualTo("4");
  }

  @Test
  void eightThreadsFiringTwiceTheLimit_exactlyTheLimitSucceeds() throws Exception {
    int limit = 40;
    limiter.setLimit(limit);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<int[]>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                int[] counts = new int[2];
                for (int i = 0; i < 2 * limit / 8; i++) {
                  int status = vendor.get("/customer-properties?limit=1").status();
                  assertThat(status).isIn(200, 429);
                  counts[status == 200 ? 0 : 1]++;
                }
                return counts;
              }));
    }
    start.countDown();
    int ok = 0;
    int refused = 0;
    for (Future<int[]> result : results) {
      int[] counts = result.get(60, TimeUnit.SECONDS);
      ok += counts[0];
      refused += counts[1];
    }
    pool.shutdown();

    assertThat(ok).isEqualTo(limit);
    assertThat(refused).isEqualTo(limit);
  }

  @Test
  void zeroTurnsTheLimitOff_withoutHeaders() {
    limiter.setLimit(0);

    for (int i = 0; i < 10; i++) {
      HttpApi.Reply reply = vendor.get("/customers?limit=1");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("X-RateLimit-Limit")).isNull();
    }
  }

  @Test
  void adminRoute_readsSetsAndClears_andIsNotLimited() {
    HttpApi.Reply set =
        admin.post("/__admin/customer-properties/rate-limit", Bodies.map("limit", 2));
    assertThat(set.status()).isEqualTo(200);
    assertThat(set.data()).containsEntry("limit", BigDecimal.valueOf(2));
    vendor.get("/customers?limit=1");
    vendor.get("/customers?limit=1");
    assertThat(vendor.get("/customers?limit=1").status()).isEqualTo(429);

    HttpApi.Reply view = null;
    for (int i = 0; i < 10; i++) {
      view = admin.get("/__admin/customer-properties/rate-limit");
      assertThat(view.status()).isEqualTo(200);
    }
    assertThat(view.data())
        .containsEntry("window_seconds", BigDecimal.valueOf(60))
        .containsEntry("counts", Map.of("vendor", BigDecimal.valueOf(2)));

    assertThat(admin.delete("/__admin/customer-properties/rate-limit").status()).isEqualTo(200);
    assertThat(vendor.get("/customers?limit=1").header("X-RateLimit-Remaining")).isEqualTo("1");
  }

  @Test
  void adminRoute_rejectsABadLimit_namingTheValue() {
    HttpApi.Reply reply =
        admin.post("/__admin/customer-properties/rate-limit", Bodies.map("limit", -3));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message"))
        .isEqualTo("limit must be an integer from 0 to 1000000000, got -3");
    assertThat(
            admin.post("/__admin/customer-properties/rate-limit", Bodies.map("limt", 3)).status())
        .isEqualTo(400);
    assertThat(limiter.limit()).isEqualTo(5);
  }

  @Test
  void aNewWindowStartsAfresh() {
    limiter.setLimit(2);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpApi.Reply reply = admin.get("/openapi.yaml");
      seen.add(reply.status() + " " + reply.header("Retry-After"));
    }
    CLOCK.advance(Duration.ofSeconds(30));

    HttpApi.Reply next = admin.get("/openapi.yaml");

    assertThat(seen).containsExactly("200 null", "200 null", "429 30");
    assertThat(next.status()).isEqualTo(200);
    assertThat(next.header("X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(next.header("X-RateLimit-Reset")).isEqualTo(Long.toString(WINDOW_END + 60));
  }
}
