package dev.cprops.kafka.sink;

import java.time.Duration;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * How a sink task tries again: how many attempts, and how long it waits between them (exponential
 * from {@code backoff}, capped at {@code maxBackoff}; a longer Retry-After from the API wins).
 */
record Retries(int attempts, Duration backoff, Duration maxBackoff) {

  /** The wait before attempt {@code attempt + 1}. */
  Duration backoff(int attempt, Duration retryAfter) {
    long exponential = backoff.toMillis() << Math.min(attempt - 1, 20);
    long wait = Math.min(exponential, maxBackoff.toMillis());
    if (retryAfter != null) {
      wait = Math.max(wait, Math.min(retryAfter.toMillis(), maxBackoff.toMillis()));
    }
    return Duration.ofMillis(wait);
  }

  void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectException("interrupted while waiting to retry", e);
    }
  }
}
