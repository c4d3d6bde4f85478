package dev.cprops.connector.client;

import dev.cprops.connector.spi.UnreachableException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Which answers and failures are worth another attempt, and what a {@code Retry-After} says. */
final class RetryableAnswers {
  static final Set<Integer> SERVER_ERRORS = Set.of(500, 502, 503, 504);
  static final int TOO_MANY_REQUESTS = 429;

  private RetryableAnswers() {}

  /** Whether the answer is retried under this policy. */
  static boolean retryable(HttpResult result, RetryPolicy policy, boolean requestIsSafeToRepeat) {
    if (result.status() == TOO_MANY_REQUESTS) {
      return retryAfter(result)
          .map(wait -> wait.compareTo(policy.maxRetryAfter()) <= 0)
          .orElse(true);
    }
    return requestIsSafeToRepeat && SERVER_ERRORS.contains(result.status());
  }

  /**
   * Whether the failure is retried. A request that is not safe to repeat is retried only when it
   * surely never reached the server (the connection could not be opened).
   */
  static boolean retryable(Throwable failure, boolean requestIsSafeToRepeat) {
    if (!(failure instanceof IOException)) {
      return false;
    }
    UnreachableException.Reason reason = UnreachableException.reason(failure);
    if (reason == UnreachableException.Reason.UNKNOWN_HOST
        || reason == UnreachableException.Reason.TLS) {
      return false; // the same next time: a typo in the host, or no TLS on that port
    }
    return requestIsSafeToRepeat || failure instanceof ConnectException;
  }

  /** Whether the server may have processed the request although the answer says otherwise. */
  static boolean outcomeUnknown(HttpResult result) {
    return result.status() >= 500;
  }

  static boolean outcomeUnknown(Throwable failure) {
    return failure instanceof IOException && !(failure instanceof ConnectException);
  }

  /** The {@code Retry-After} of a 429 in seconds, when it is a non-negative whole number. */
  static Optional<Duration> retryAfter(HttpResult result) {
    String header = result.headers().get("Retry-After");
    if (header == null) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
