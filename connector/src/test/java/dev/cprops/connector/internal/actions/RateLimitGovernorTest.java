package dev.cprops.connector.internal.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.connector.client.RateLimitStatus;
import dev.cprops.connector.spi.RetryListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimitGovernorTest {
  private static final Instant NOW = Instant.parse("2024-11-24T10:00:00Z");
  private final AtomicReference<RateLimitStatus> status = new AtomicReference<>();
  private final RateLimitGovernor governor =
      new RateLimitGovernor(
          () -> Optional.ofNullable(status.get()), Clock.fixed(NOW, ZoneOffset.UTC), d -> {}, 4);

  @Test
  void noHeadersYet_noWait() {
    assertThat(governor.delay()).isZero();
  }

  @Test
  void plentyLeft_noWait() {
    status.set(new RateLimitStatus(4000, 9, NOW.plusSeconds(30)));
    assertThat(governor.delay()).isZero();
  }

  @Test
  void nearlyOut_spreadsTheRemainingBudgetOverTheWindow() {
    status.set(new RateLimitStatus(4000, 8, NOW.plusSeconds(40)));

    assertThat(governor.delay()).isZero();
    assertThat(governor.delay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(governor.delay()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void noMoreThanTheInFlightReserve_waitsForTheReset() {
    status.set(new RateLimitStatus(4000, 4, NOW.plusSeconds(7)));
    assertThat(governor.delay()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aWindowThatAlreadyReset_noWait() {
    status.set(new RateLimitStatus(4000, 0, NOW.minusSeconds(1)));
    assertThat(governor.delay()).isZero();
  }

  @Test
  void aWaitIsToldToTheListenerBeforeItBegins_asPacingNotARetry() throws InterruptedException {
    List<String> heard = new ArrayList<>();
    RateLimitGovernor told =
        new RateLimitGovernor(
            () -> Optional.ofNullable(status.get()),
            Clock.fixed(NOW, ZoneOffset.UTC),
            d -> heard.add("slept " + d),
            4,
            new RetryListener() {
              @Override
              public void waiting(Wait wait) {
                heard.add(
                    wait.reason()
                        + ", retry "
                        + wait.retry()
                        + ", rate limited "
                        + wait.rateLimited()
                        + ", "
                        + wait.duration());
              }
            });
    status.set(new RateLimitStatus(4000, 2, NOW.plusSeconds(30)));

    told.await();

    assertThat(heard)
        .containsExactly(
            RateLimitGovernor.REASON + ", retry false, rate limited true, PT30S", "slept PT30S");
  }
}
