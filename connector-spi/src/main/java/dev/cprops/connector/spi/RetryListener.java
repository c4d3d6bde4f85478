package dev.cprops.connector.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Hears the waits a connector makes on a connection's behalf, so a platform can say so as they
 * happen ({@code waiting 2 s: rate limited (429), attempt 2 of 5}) and count the faults a run
 * survived. A platform attaches one with {@link Connection#onRetry(RetryListener)}; a connector
 * reports to {@link Connection#retries()} each time it is about to wait before trying a request
 * again (or, pacing itself by a rate limit, before a first try), and once a request it retried got
 * its answer. A connector that never reports still works: the platform just hears nothing.
 *
 * <p>Called on the connector's threads, possibly several at once: implementations are thread-safe,
 * return quickly and do not throw.
 */
public interface RetryListener {

  /** Hears nothing. */
  RetryListener NONE = new RetryListener() {};

  /**
   * The connector is about to wait before an attempt.
   *
   * @param wait what is waited for and how long
   */
  default void waiting(Wait wait) {}

  /**
   * A request that was retried got its answer in the end (not a fault worth another try), so the
   * {@code attempts - 1} faults before it were survived.
   *
   * @param request the request as messages show it, e.g. {@code "POST /customers"}
   * @param attempts the attempts it took, at least 2
   */
  default void recovered(String request, int attempts) {}

  /**
   * One wait of a connector.
   *
   * @param request the request waiting, as messages show it (never a secret), e.g. {@code "POST
   *     /customers"}
   * @param reason why, for people: {@code "rate limited (429)"}, {@code "server error (503)"},
   *     {@code "connection reset"}, {@code "rate limit nearly used up"}
   * @param rateLimited whether the API's rate limit causes it (a 429, or pacing before one), as
   *     opposed to a fault (a server error, a network failure)
   * @param attempt the attempt the wait comes before, 1-based: 2 or more for a retry, 1 for a wait
   *     before a first attempt (pacing by a rate limit)
   * @param maxAttempts the most attempts the connector makes for this request
   * @param duration how long it waits (not negative)
   */
  record Wait(
      String request,
      String reason,
      boolean rateLimited,
      int attempt,
      int maxAttempts,
      Duration duration) {
    public Wait {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(duration, "duration");
      if (attempt < 1 || maxAttempts < attempt) {
        throw new IllegalArgumentException(
            "attempt must be from 1 to maxAttempts, was " + attempt + " of " + maxAttempts);
      }
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative, was " + duration);
      }
    }

    /** Whether this wait comes before a retry (rather than before a first attempt). */
    public boolean retry() {
      return attempt > 1;
    }
  }
}
