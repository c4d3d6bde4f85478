package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.RetryListener;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the retries and waits the connectors of a run report; thread-safe (connectors report from
 * their own threads).
 */
final class RetryTotals {
  private final LongAdder retries = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder survived = new LongAdder();
  private final LongAdder pacingWaits = new LongAdder();
  private final LongAdder waitedNanos = new LongAdder();

  /**
   * The listener to attach to one app's connection: counts here and tells {@code listener}.
   *
   * @param appId the app whose connection it is
   */
  RetryListener forApp(String appId, RunListener listener) {
    return new RetryListener() {
      @Override
      public void waiting(Wait wait) {
        if (wait.retry()) {
          retries.increment();
          if (wait.rateLimited()) {
            rateLimited.increment();
          }
        } else {
          pacingWaits.increment();
        }
        waitedNanos.add(wait.duration().toNanos());
        listener.retrying(appId, wait);
      }

      @Override
      public void recovered(String request, int attempts) {
        survived.add(attempts - 1L);
      }
    };
  }

  RunRetries snapshot() {
    return new RunRetries(
        retries.sum(),
        rateLimited.sum(),
        survived.sum(),
        pacingWaits.sum(),
        Duration.ofNanos(waitedNanos.sum()));
  }
}
