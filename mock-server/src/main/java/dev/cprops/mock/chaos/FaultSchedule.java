package dev.cprops.mock.chaos;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which fault, if any, the n-th call after chaos was set gets: a pure function of the settings
 * (seed included) and n. Each call draws from its own generator, seeded from the settings' seed and
 * n, so the faults of calls 0..n-1 are the same whatever order concurrent calls take their numbers
 * in; sequential calls get exactly the same faults on every run with the same seed.
 */
final class FaultSchedule {
  private FaultSchedule() {}

  /** The injection for call number {@code ordinal}, or null for none. */
  static Injection at(ChaosSettings settings, long ordinal) {
    SplittableRandom random = new SplittableRandom(mix64(settings.seed() ^ mix64(ordinal)));
    double strike = random.nextDouble();
    double pick = random.nextDouble();
    boolean coin = random.nextBoolean();
    long delaySpan = settings.maxDelayMillis() - settings.minDelayMillis() + 1;
    long delay = settings.minDelayMillis() + random.nextLong(delaySpan);
    if (strike >= settings.rate()) {
      return null;
    }
    Fault fault = choose(settings.weights(), pick);
    return new Injection(
        fault,
        settings.when().phase(coin),
        fault == Fault.DELAY ? delay : 0,
        settings.retryAfterSeconds());
  }

  private static Fault choose(Map<Fault, Double> weights, double pick) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double target = pick * total;
    Fault last = null;
    for (Map.Entry<Fault, Double> weight : weights.entrySet()) {
      last = weight.getKey();
      target -= weight.getValue();
      if (target < 0) {
        return last;
      }
    }
    return last;
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser: spreads nearby inputs over 64 bits. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
