package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.RateLimitStatus;
import dev.cprops.connector.client.Sleeper;
import dev.cprops.connector.spi.RetryListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Paces a batch's requests by the API's rate-limit headers ({@code X-RateLimit-Remaining}, {@code
 * X-RateLimit-Reset}), so a large batch slows down before the server starts answering 429.
 *
 * <ul>
 *   <li>While more than {@code 2 * concurrency} requests remain in the window, requests go at full
 *       speed (up to {@code concurrency} at once).
 *   <li>Below that, the remaining budget (less the {@code concurrency} requests that may already be
 *       in flight) is spread evenly over the time left until the reset: each request takes the next
 *       slot, {@code (reset - now) / budget} after the previous one.
 *   <li>When no more than {@code concurrency} requests remain, every request waits for the reset.
 * </ul>
 *
 * Headers seen after a reset start the next window. The client still retries a 429 by its {@code
 * Retry-After}; the governor only makes that rare. Thread-safe; time and sleep are injected.
 */
public final class RateLimitGovernor implements RequestGate {
  private final Supplier<Optional<RateLimitStatus>> status;
  private final Clock clock;
  private final Sleeper sleeper;
  private final int concurrency;
  private final RetryListener listener;
  private Instant nextSlot = Instant.MIN;

  /**
   * @param status the latest rate-limit headers (e.g. {@code client::rateLimit})
   * @param clock the time source
   * @param sleeper waits
   * @param concurrency how many requests may be in flight at once
   */
  public RateLimitGovernor(
      Supplier<Optional<RateLimitStatus>> status, Clock clock, Sleeper sleeper, int concurrency) {
    this(status, clock, sleeper, concurrency, RetryListener.NONE);
  }

  /**
   * As above; {@code listener} hears each wait before it begins (as a wait before a first attempt,
   * reason {@value #REASON}).
   */
  public RateLimitGovernor(
      Supplier<Optional<RateLimitStatus>> status,
      Clock clock,
      Sleeper sleeper,
      int concurrency,
      RetryListener listener) {
    this.status = status;
    this.clock = clock;
    this.sleeper = sleeper;
    this.concurrency = concurrency;
    this.listener = listener;
  }

  /** Why the governor waits, as its listener hears it. */
  static final String REASON = "rate limit nearly used up, pacing until the window resets";

  @Override
  public void await() throws InterruptedException {
    Duration wait = delay();
    if (!wait.isZero() && !wait.isNegative()) {
      listener.waiting(new RetryListener.Wait("next request", REASON, true, 1, 1, wait));
      sleeper.sleep(wait);
    }
  }

  /** How long the next request should wait, and books its slot. */
  Duration delay() {
    Optional<RateLimitStatus> latest = status.get();
    if (latest.isEmpty()) {
      return Duration.ZERO;
    }
    RateLimitStatus s = latest.get();
    Instant now = clock.instant();
    if (!s.reset().isAfter(now) || s.remaining() > 2L * concurrency) {
      return Duration.ZERO;
    }
    Duration untilReset = Duration.between(now, s.reset());
    if (s.remaining() <= concurrency) {
      return untilReset;
    }
    Duration spacing = untilReset.dividedBy(s.remaining() - concurrency);
    synchronized (this) {
      Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
      nextSlot = slot.plus(spacing);
      return Duration.between(now, slot);
    }
  }
}
