package dev.cprops.mock.webhooks;

import java.time.Duration;

/**
 * How webhooks are delivered. Every value is checked at once ({@link IllegalArgumentException}).
 *
 * @param maxAttempts attempts per event, the first included (1..100): after the last failed one the
 *     event is given up and the next event of the same customer goes out
 * @param backoff the wait after the first failed attempt; it doubles after every further failure,
 *     up to {@link #MAX_DELAY} (1 ms .. 1 h)
 * @param timeout how long one attempt may take, connecting included (1 ms .. 10 min); no answer by
 *     then is a failed attempt
 * @param queueCapacity events waiting per webhook, retries in progress included (1..1 000 000); an
 *     event that finds the queue full is dropped and recorded as a delivery with attempt 0
 * @param historyLimit delivery attempts kept per webhook, the newest (1..100 000)
 * @param maxInFlight attempts in progress at once per webhook, each for a different customer
 *     (1..64)
 */
public record WebhookSettings(
    int maxAttempts,
    Duration backoff,
    Duration timeout,
    int queueCapacity,
    int historyLimit,
    int maxInFlight) {

  /** The longest wait between two attempts, however many failed before. */
  public static final Duration MAX_DELAY = Duration.ofHours(1);

  /** 6 attempts, 1 s backoff (1, 2, 4, 8, 16 s), 5 s timeout, 10 000 queued, 1 000 kept, 4. */
  public static final WebhookSettings DEFAULTS =
      new WebhookSettings(6, Duration.ofSeconds(1), Duration.ofSeconds(5), 10_000, 1_000, 4);

  public WebhookSettings {
    range("webhook attempts", maxAttempts, 1, 100);
    duration("webhook backoff", backoff, Duration.ofMillis(1), MAX_DELAY);
    duration("webhook timeout", timeout, Duration.ofMillis(1), Duration.ofMinutes(10));
    range("webhook queue capacity", queueCapacity, 1, 1_000_000);
    range("webhook history limit", historyLimit, 1, 100_000);
    range("webhook in-flight limit", maxInFlight, 1, 64);
  }

  public WebhookSettings withMaxAttempts(int maxAttempts) {
    return new WebhookSettings(
        maxAttempts, backoff, timeout, queueCapacity, historyLimit, maxInFlight);
  }

  public WebhookSettings withBackoff(Duration backoff) {
    return new WebhookSettings(
        maxAttempts, backoff, timeout, queueCapacity, historyLimit, maxInFlight);
  }

  public WebhookSettings withTimeout(Duration timeout) {
    return new WebhookSettings(
        maxAttempts, backoff, timeout, queueCapacity, historyLimit, maxInFlight);
  }

  public WebhookSettings withQueueCapacity(int queueCapacity) {
    return new WebhookSettings(
        maxAttempts, backoff, timeout, queueCapacity, historyLimit, maxInFlight);
  }

  public WebhookSettings withHistoryLimit(int historyLimit) {
    return new WebhookSettings(
        maxAttempts, backoff, timeout, queueCapacity, historyLimit, maxInFlight);
  }

  /**
   * The wait after failed attempt number {@code attempt} (1 for the first): {@code backoff * 2^(
   * attempt - 1)}, at most {@link #MAX_DELAY}.
   */
  public long delayMillisAfter(int attempt) {
    long base = backoff.toMillis();
    long max = MAX_DELAY.toMillis();
    int doublings = Math.max(0, attempt - 1);
    if (doublings >= 62 || base > (max >> Math.min(doublings, 62))) {
      return max;
    }
    return Math.min(max, base << doublings);
  }

  private static void range(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + " must be " + min + ".." + max + ", was " + value);
    }
  }

  private static void duration(String what, Duration value, Duration min, Duration max) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          what
              + " must be "
              + min.toMillis()
              + ".."
              + max.toMillis()
              + " ms, was "
              + value.toMillis()
              + " ms");
    }
  }
}
