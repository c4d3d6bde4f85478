package dev.cprops.connector.client;

import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.RetryListener;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Makes HTTP calls through a resilience4j {@link Retry}: one attempt is one OkHttp call whose body
 * is read whole; the retry decorates it. Thread-safe.
 */
final class RetryingCaller {
  private final Call.Factory http;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitterSource;
  private final RetryListener listener;
  private final RetryConfig safe;
  private final RetryConfig unsafe;

  /**
   * @param listener hears each wait before a retry, and each retried call that got its answer
   */
  public RetryingCaller(
      Call.Factory http,
      RetryPolicy policy,
      Sleeper sleeper,
      DoubleSupplier jitterSource,
      RetryListener listener) {
    this.http = http;
    this.policy = policy;
    this.sleeper = sleeper;
    this.jitterSource = jitterSource;
    this.listener = listener;
    this.safe = config(policy, true);
    this.unsafe = config(policy, false);
  }

  private static RetryConfig config(RetryPolicy policy, boolean safe) {
    return RetryConfig.<HttpResult>custom()
        .maxAttempts(policy.maxAttempts())
        .retryOnResult(result -> RetryableAnswers.retryable(result, policy, safe))
        .retryOnException(failure -> RetryableAnswers.retryable(failure, safe))
        .failAfterMaxAttempts(false)
        .build();
  }

  /** A retry for one call, whose waits are told with the call's label. */
  private Retry retry(String label, boolean safeToRepeat) {
    return Retry.of(
        safeToRepeat ? "customer-properties" : "customer-properties-unsafe",
        RetryConfig.<HttpResult>from(safeToRepeat ? safe : unsafe)
            .intervalBiFunction(new BackoffInterval(policy, sleeper, jitterSource, listener, label))
            .build());
  }

  /**
   * Sends the request, retrying as the policy says.
   *
   * @param label the request as messages show it
   * @param safeToRepeat whether a request whose answer was lost may be sent again (false for a
   *     create that the server cannot recognise as a repeat)
   * @return the last answer, whatever its status
   * @throws ConnectorException a {@link dev.cprops.connector.spi.TransientException} when every
   *     attempt failed in transport
   */
  public Exchange execute(Request request, String label, boolean safeToRepeat) {
    AtomicInteger attempts = new AtomicInteger();
    AtomicBoolean outcomeUnknown = new AtomicBoolean();
    CheckedSupplier<HttpResult> attempt =
        () -> {
          attempts.incrementAndGet();
          try {
            HttpResult result = once(request);
            if (!result.isSuccessful() && RetryableAnswers.outcomeUnknown(result)) {
              outcomeUnknown.set(true);
            }
            return result;
          } catch (IOException e) {
            if (RetryableAnswers.outcomeUnknown(e)) {
              outcomeUnknown.set(true);
            }
            throw e;
          }
        };
    try {
      HttpResult result = retry(label, safeToRepeat).executeCheckedSupplier(attempt);
      if (attempts.get() > 1 && !RetryableAnswers.retryable(result, policy, safeToRepeat)) {
        listener.recovered(label, attempts.get());
      }
      boolean earlierUnknown = outcomeUnknown.get() && attempts.get() > 1;
      return new Exchange(label, result, attempts.get(), earlierUnknown);
    } catch (IOException e) {
      throw ErrorMapper.transportFailure(label, request.url().uri(), e, attempts.get());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new ConnectorException(label + " failed: " + e, e);
    }
  }

  private HttpResult once(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      byte[] body = response.body().bytes();
      return new HttpResult(response.code(), response.message(), response.headers(), body);
    }
  }
}
