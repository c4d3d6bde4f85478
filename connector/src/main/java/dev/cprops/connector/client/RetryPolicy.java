package dev.cprops.connector.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before it repeats a request; immutable.
 *
 * <p>Retried: transport failures ({@link java.io.IOException}), {@code 429} and {@code
 * 500/502/503/504}. Never retried: other answers, in particular the input errors {@code
 * 400/401/403/404/409/413/415/422}. The wait before retry {@code n} (1-based) is {@code
 * min(maxBackoff, initialBackoff * multiplier^(n-1))}, spread uniformly by {@code ± jitter} of
 * itself; a {@code 429} with {@code Retry-After: s} waits exactly {@code s} seconds instead, and is
 * not retried at all when {@code s} exceeds {@link #maxRetryAfter()}.
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.multiplier = builder.multiplier;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  /** 5 attempts, 500 ms initial backoff doubling up to 30 s, ±50 % jitter, Retry-After ≤ 60 s. */
  public static RetryPolicy ofDefaults() {
    return custom().build();
  }

  public static Builder custom() {
    return new Builder();
  }

  /** How many requests at most, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public double multiplier() {
    return multiplier;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public double jitter() {
    return jitter;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The wait before retry {@code retry} (1 for the first retry).
   *
   * @param random a uniformly distributed value in {@code [0, 1)} choosing the point in the jitter
   *     range (0 gives the shortest wait)
   */
  public Duration backoff(int retry, double random) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, retry - 1);
    double capped = Math.min(base, maxBackoff.toMillis());
    double spread = capped * jitter;
    return Duration.ofMillis(Math.round(capped - spread + 2 * spread * random));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=%d, initialBackoff=%s, multiplier=%s, maxBackoff=%s, jitter=%s, maxRetryAfter=%s]"
        .formatted(maxAttempts, initialBackoff, multiplier, maxBackoff, jitter, maxRetryAfter);
  }

  /** Builds a {@link RetryPolicy}; each setter rejects a bad value at once. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(500);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(30);
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    /** At least 1; 1 means no retries. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Positive. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /** At least 1.0. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1.0 but was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** Positive; at least the initial backoff (checked by {@link #build()}). */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /** In {@code [0, 1)}: the fraction of each wait by which it is randomly spread. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter < 1.0)) {
        throw new IllegalArgumentException("jitter must be in [0, 1) but was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Not negative: the longest {@code Retry-After} the client waits for. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative");
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff ("
                + maxBackoff
                + ") must not be less than initialBackoff ("
                + initialBackoff
                + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + value);
      }
      return value;
    }
  }
}
