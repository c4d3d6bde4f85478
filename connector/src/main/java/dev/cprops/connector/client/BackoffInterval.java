package dev.cprops.connector.client;

import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.RetryListener;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before each retry of one call: the {@code Retry-After} of a 429, else exponential
 * backoff with jitter. It tells the {@link RetryListener} what it waits for, waits through the
 * injected {@link Sleeper} itself and tells resilience4j to wait no longer (so resilience4j's
 * global sleep function is never needed to make tests fast).
 */
final class BackoffInterval implements IntervalBiFunction<HttpResult> {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitterSource;
  private final RetryListener listener;
  private final String label;

  BackoffInterval(
      RetryPolicy policy,
      Sleeper sleeper,
      DoubleSupplier jitterSource,
      RetryListener listener,
      String label) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.jitterSource = jitterSource;
    this.listener = listener;
    this.label = label;
  }

  /**
   * @param retry the attempts made so far (1 before the first retry)
   * @param outcome the last attempt's answer or failure
   */
  @Override
  public Long apply(Integer retry, Either<Throwable, HttpResult> outcome) {
    boolean rateLimited =
        outcome.isRight() && outcome.get().status() == RetryableAnswers.TOO_MANY_REQUESTS;
    Duration wait =
        rateLimited
            ? RetryableAnswers.retryAfter(outcome.get())
                .orElseGet(() -> policy.backoff(retry, jitterSource.getAsDouble()))
            : policy.backoff(retry, jitterSource.getAsDouble());
    listener.waiting(
        new RetryListener.Wait(
            label, reason(outcome), rateLimited, retry + 1, policy.maxAttempts(), wait));
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("Interrupted while waiting " + wait + " before a retry", e);
    }
    return 0L;
  }

  /** What went wrong, for people: "rate limited (429)", "server error (503)", "timed out". */
  static String reason(Either<Throwable, HttpResult> outcome) {
    if (outcome.isRight()) {
      int status = outcome.get().status();
      return status == RetryableAnswers.TOO_MANY_REQUESTS
          ? "rate limited (429)"
          : "server error (" + status + ")";
    }
    Throwable failure = outcome.getLeft();
    if (failure instanceof ConnectException) {
      return "connection refused";
    }
    if (failure instanceof UnknownHostException) {
      return "unknown host";
    }
    if (failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException) {
      return "timed out";
    }
    if (failure instanceof IOException && failure.getMessage() != null) {
      return "network failure (" + failure.getMessage() + ")";
    }
    return "network failure (" + failure.getClass().getSimpleName() + ")";
  }
}
