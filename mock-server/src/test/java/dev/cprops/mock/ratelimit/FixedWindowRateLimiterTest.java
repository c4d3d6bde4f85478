package dev.cprops.mock.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {
  /** 12:00:15 UTC: the window runs to 12:01:00. */
  private static final Instant START = Instant.parse("2024-11-23T12:00:15Z");

  private static final long WINDOW_END = Instant.parse("2024-11-23T12:01:00Z").getEpochSecond();

  private final MutableClock clock = new MutableClock(START);

  @Test
  void allowsTheLimit_countsDown_andRefusesTheNextWithRetryAfterToTheWindowEnd() {
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(3, clock);

    assertThat(limiter.acquire("vendor")).isEqualTo(new Quota(true, 3, 2, WINDOW_END, 0));
    assertThat(limiter.acquire("vendor")).isEqualTo(new Quota(true, 3, 1, WINDOW_END, 0));
    assertThat(limiter.acquire("vendor")).isEqualTo(new Quota(true, 3, 0, WINDOW_END, 0));
    assertThat(limiter.acquire("vendor")).isEqualTo(new Quota(false, 3, 0, WINDOW_END, 45));
    clock.advance(Duration.ofMillis(44_500));
    assertThat(limiter.acquire("vendor").retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void refusedRequestsAreNotCounted_andANewWindowStartsAfresh() {
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(2, clock);
    for (int i = 0; i < 5; i++) {
      limiter.acquire("vendor");
    }
    assertThat(limiter.currentCounts()).isEqualTo(Map.of("vendor", 2));

    clock.advance(Duration.ofSeconds(45));

    Quota quota = limiter.acquire("vendor");
    assertThat(quota).isEqualTo(new Quota(true, 2, 1, WINDOW_END + 60, 0));
    assertThat(limiter.currentWindowResetEpochSecond()).isEqualTo(WINDOW_END + 60);
  }

  @Test
  void countsEachCredentialSeparately() {
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(1, clock);

    assertThat(limiter.acquire("vendor").allowed()).isTrue();
    assertThat(limiter.acquire("vendor").allowed()).isFalse();
    assertThat(limiter.acquire("partner:partner_jane").allowed()).isTrue();
    assertThat(limiter.acquire("address:127.0.0.1").allowed()).isTrue();
    assertThat(limiter.currentCounts())
        .isEqualTo(Map.of("vendor", 1, "partner:partner_jane", 1, "address:127.0.0.1", 1));
  }

  @Test
  void zeroMeansNoLimit() {
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(0, clock);

    for (int i = 0; i < 100; i++) {
      assertThat(limiter.acquire("vendor").unlimited()).isTrue();
    }
    assertThat(limiter.currentCounts()).isEmpty();
  }

  @Test
  void aNewLimitAppliesAtOnce_toTheCountsOfTheWindow() {
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(10, clock);
    for (int i = 0; i < 4; i++) {
      limiter.acquire("vendor");
    }

    limiter.setLimit(4);
    assertThat(limiter.acquire("vendor").allowed()).isFalse();

    limiter.setLimit(6);
    assertThat(limiter.acquire("vendor")).isEqualTo(new Quota(true, 6, 1, WINDOW_END, 0));
  }

  @Test
  void clearingCounts_startsEveryCredentialAfreshInTheSameWindow() {
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(1, clock);
    limiter.acquire("vendor");
    limiter.acquire("partner:partner_raj");

    limiter.clearCounts();

    assertThat(limiter.currentCounts()).isEmpty();
    assertThat(limiter.acquire("vendor")).isEqualTo(new Quota(true, 1, 0, WINDOW_END, 0));
    assertThat(limiter.acquire("partner:partner_raj").allowed()).isTrue();
  }

  @Test
  void rejectsALimitOutOfRange_namingTheValue() {
    assertThatThrownBy(() -> new FixedWindowRateLimiter(-1, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate limit must be 0 (off) to 1000000000 requests per minute, was -1");
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(5, clock);
    assertThatThrownBy(() -> limiter.setLimit(1_000_000_001))
        .hasMessageContaining("was 1000000001");
    assertThat(limiter.limit()).isEqualTo(5);
  }

  @Test
  void eightThreadsRacing_getExactlyTheLimit() throws Exception {
    int limit = 1_000;
    FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(limit, clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> allowed = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      allowed.add(
          pool.submit(
              () -> {
                start.await();
                int mine = 0;
                for (int i = 0; i < 2 * limit / 8; i++) {
                  if (limiter.acquire("vendor").allowed()) {
                    mine++;
                  }
                }
                return mine;
              }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> future : allowed) {
      total += future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(total).isEqualTo(limit);
    assertThat(limiter.currentCounts()).isEqualTo(Map.of("vendor", limit));
  }
}
