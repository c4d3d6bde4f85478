package dev.cprops.connector.client;

import dev.cprops.connector.spi.ConnectorException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before each retry: the {@code Retry-After} of a 429, else exponential backoff with
 * jitter. It waits through the injected {@link Sleeper} itself and tells resilience4j to wait no
 * longer (so resilience4j's global sleep function is never needed to make tests fast).
 */
final class BackoffInterval implements IntervalBiFunction<HttpResult> {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitterSource;

  BackoffInterval(RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitterSource) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.jitterSource = jitterSource;
  }

  @Override
  public Long apply(Integer retry, Either<Throwable, HttpResult> outcome) {
    Duration wait =
        outcome.isRight()
            ? RetryableAnswers.retryAfter(outcome.get())
                .filter(d -> outcome.get().status() == RetryableAnswers.TOO_MANY_REQUESTS)
                .orElseGet(() -> policy.backoff(retry, jitterSource.getAsDouble()))
            : policy.backoff(retry, jitterSource.getAsDouble());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("Interrupted while waiting " + wait + " before a retry", e);
    }
    return 0L;
  }
}
