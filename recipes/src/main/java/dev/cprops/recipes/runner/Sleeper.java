package dev.cprops.recipes.runner;

import java.time.Duration;

/** Waits between scheduled ticks; tests pass one that returns at once. */
@FunctionalInterface
public interface Sleeper {
  /** The real one: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
