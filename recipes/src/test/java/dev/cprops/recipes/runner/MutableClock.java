package dev.cprops.recipes.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when a test's sleeper advances it. */
final class MutableClock extends Clock {
  private final Instant start;
  private Instant now;

  MutableClock(Instant start) {
    this.start = start;
    this.now = start;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  long elapsedHours() {
    return Duration.between(start, now).toHours();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
