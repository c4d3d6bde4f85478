package dev.cprops.recipes.runner;

import java.time.Duration;

/**
 * The retries and waits of a run, as its connectors reported them (see {@link
 * dev.cprops.connector.spi.RetryListener}); all zero when no connector reports.
 *
 * @param retries requests sent again after a fault (a 429, a 5xx, a network failure)
 * @param rateLimited those of the retries that followed a 429
 * @param faultsSurvived faults after which a retry got the request its answer; the other {@code
 *     retries - faultsSurvived} belong to requests that failed in the end
 * @param pacingWaits waits before a first attempt, pacing requests by the API's rate limit
 * @param waited the time spent in all these waits (several requests may wait at once)
 */
public record RunRetries(
    long retries, long rateLimited, long faultsSurvived, long pacingWaits, Duration waited) {
  /** No retries, no waits. */
  public static final RunRetries NONE = new RunRetries(0, 0, 0, 0, Duration.ZERO);
}
