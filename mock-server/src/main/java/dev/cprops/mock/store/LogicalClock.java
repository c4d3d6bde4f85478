package dev.cprops.mock.store;

import java.util.function.LongSupplier;

/**
 * The store's clock: every call of {@link #next()} returns a time strictly greater than the one
 * before ({@code max(now, last + 1)}), so no two writes share an {@code updated_at} and an item
 * changed later always sorts after every item changed earlier. While back-dating (seeding), times
 * advance by a fixed step from a start in the past instead of following the wall clock.
 */
final class LogicalClock {
  private final LongSupplier wallClock;
  private long last;
  private long step;

  LogicalClock(LongSupplier wallClock) {
    this.wallClock = wallClock;
  }

  synchronized long next() {
    last = step > 0 ? last + step : Math.max(wallClock.getAsLong(), last + 1);
    return last;
  }

  /** The last time handed out. */
  synchronized long last() {
    return last;
  }

  /** Never hands out {@code time} or anything before it again. */
  synchronized void advanceTo(long time) {
    last = Math.max(last, time);
  }

  long wallTime() {
    return wallClock.getAsLong();
  }

  /** From now on, {@link #next()} returns {@code start}, {@code start + step}, ... */
  synchronized void backdate(long start, long step) {
    this.last = start - step;
    this.step = step;
  }

  /** Back to wall-clock times (never going back in time). */
  synchronized void resume() {
    this.step = 0;
  }
}
