package dev.cprops.recipes.recipe;

import java.time.Duration;
import java.time.Instant;

/** Runs at once, then every {@code interval}. */
record IntervalSchedule(Duration interval) implements Schedule {
  @Override
  public Instant first(Instant now) {
    return now;
  }

  @Override
  public Instant next(Instant last) {
    return last.plus(interval);
  }
}
