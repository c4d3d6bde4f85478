package dev.cprops.mock.seed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a mock server holds after start-up or a reseed. */
public enum Seed {
  /**
   * Demo partners with known API keys, one property of each of the twelve types over the four
   * access levels, and the requested number of customers.
   */
  DEMO,
  /** Nothing but the vendor keys: no partners, properties or customers. */
  EMPTY;

  /** The name used on the command line and in the admin API: {@code demo} or {@code empty}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Seed> fromApiName(String name) {
    return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
  }
}
