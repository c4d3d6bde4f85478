package dev.cprops.connector.client;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests inject one that records the
 * requested delays and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps the calling thread. */
  Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration} (never negative).
   *
   * @throws InterruptedException if the thread is interrupted; the call is then abandoned
   */
  void sleep(Duration duration) throws InterruptedException;
}
