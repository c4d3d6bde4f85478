package dev.cprops.mock.chaos;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What chaos injects: each API call gets a fault with probability {@code rate}; the fault is chosen
 * by {@code weights} (relative, not necessarily summing to 1) and strikes in a phase chosen by
 * {@code when}. A {@link Fault#DELAY} holds the call for a uniformly random time from {@code
 * minDelayMillis} to {@code maxDelayMillis}; an injected {@code 429} carries {@code Retry-After:
 * retryAfterSeconds}. The same {@code seed} gives the same faults for the same sequence of calls.
 *
 * <p>Immutable; the constructor rejects bad values with a message naming the setting.
 */
public record ChaosSettings(
    double rate,
    Map<Fault, Double> weights,
    Timing when,
    long minDelayMillis,
    long maxDelayMillis,
    int retryAfterSeconds,
    long seed) {
  public static final long DEFAULT_MIN_DELAY_MILLIS = 100;
  public static final long DEFAULT_MAX_DELAY_MILLIS = 1_000;
  public static final long MAX_DELAY_MILLIS = 60_000;
  public static final int DEFAULT_RETRY_AFTER_SECONDS = 1;
  public static final int MAX_RETRY_AFTER_SECONDS = 3_600;

  /** Chaos off. */
  public static final ChaosSettings OFF = ChaosSettings.of(0, 0);

  public ChaosSettings {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be from 0 to 1, was " + rate);
    }
    EnumMap<Fault, Double> copy = new EnumMap<>(Fault.class);
    double total = 0;
    for (Map.Entry<Fault, Double> weight : weights.entrySet()) {
      double value = weight.getValue();
      if (!(value >= 0 && Double.isFinite(value))) {
        throw new IllegalArgumentException(
            "the weight of fault "
                + weight.getKey().apiName()
                + " must be a finite number of 0 or more, was "
                + value);
      }
      if (value > 0) {
        copy.put(weight.getKey(), value);
        total += value;
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "faults must give at least one fault a weight above 0, were " + weights);
    }
    weights = Collections.unmodifiableMap(copy);
    if (when == null) {
      throw new IllegalArgumentException("when must be before_write, after_write or any");
    }
    if (minDelayMillis < 0
        || minDelayMillis > maxDelayMillis
        || maxDelayMillis > MAX_DELAY_MILLIS) {
      throw new IllegalArgumentException(
          "the delay range must satisfy 0 <= min <= max <= "
              + MAX_DELAY_MILLIS
              + " ms, was "
              + minDelayMillis
              + ".."
              + maxDelayMillis);
    }
    if (retryAfterSeconds < 0 || retryAfterSeconds > MAX_RETRY_AFTER_SECONDS) {
      throw new IllegalArgumentException(
          "retry_after_seconds must be from 0 to "
              + MAX_RETRY_AFTER_SECONDS
              + ", was "
              + retryAfterSeconds);
    }
  }

  /**
   * A fault rate with the defaults: every fault equally likely, either phase, delays of {@value
   * #DEFAULT_MIN_DELAY_MILLIS} to {@value #DEFAULT_MAX_DELAY_MILLIS} ms, {@code Retry-After: 1}.
   */
  public static ChaosSettings of(double rate, long seed) {
    Map<Fault, Double> equal = new EnumMap<>(Fault.class);
    for (Fault fault : Fault.values()) {
      equal.put(fault, 1.0);
    }
    return new ChaosSettings(
        rate,
        equal,
        Timing.ANY,
        DEFAULT_MIN_DELAY_MILLIS,
        DEFAULT_MAX_DELAY_MILLIS,
        DEFAULT_RETRY_AFTER_SECONDS,
        seed);
  }

  /** Whether any call can get a fault. */
  public boolean enabled() {
    return rate > 0;
  }

  /** The probability that a call gets this fault: rate times the fault's share of the weights. */
  public double probability(Fault fault) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    return rate * weights.getOrDefault(fault, 0.0) / total;
  }

  public ChaosSettings withWeights(Map<Fault, Double> weights) {
    return new ChaosSettings(
        rate, weights, when, minDelayMillis, maxDelayMillis, retryAfterSeconds, seed);
  }

  public ChaosSettings withWhen(Timing when) {
    return new ChaosSettings(
        rate, weights, when, minDelayMillis, maxDelayMillis, retryAfterSeconds, seed);
  }

  public ChaosSettings withDelay(long minDelayMillis, long maxDelayMillis) {
    return new ChaosSettings(
        rate, weights, when, minDelayMillis, maxDelayMillis, retryAfterSeconds, seed);
  }

  public ChaosSettings withRetryAfterSeconds(int retryAfterSeconds) {
    return new ChaosSettings(
        rate, weights, when, minDelayMillis, maxDelayMillis, retryAfterSeconds, seed);
  }
}
