package dev.cprops.connector.spi;

import java.time.Duration;
import java.util.List;

/** The app kept answering 429 (too many requests) after every retry; retryable later. */
public class RateLimitException extends ApiException {
  private final Duration retryAfter;
  private final int attempts;

  /**
   * @param message what was called and how often
   * @param retryAfter how long the server asked to wait, or {@code null} when it did not say
   * @param attempts how many requests were made
   */
  public RateLimitException(String message, Duration retryAfter, int attempts) {
    super(429, message, List.of());
    this.retryAfter = retryAfter;
    this.attempts = attempts;
  }

  /**
   * How long the server asked to wait after the last attempt, or {@code null} if it did not say.
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  public int attempts() {
    return attempts;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
