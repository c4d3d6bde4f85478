package dev.cprops.recipes.runner;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did.
 *
 * @param recipe the recipe's name
 * @param outcome how it ended
 * @param ticks how many times the trigger was run
 * @param events trigger events handled
 * @param duplicates trigger events skipped because their dedup key was already seen
 * @param items elements handled by {@code for_each} loops (a batch counts its elements)
 * @param totals the totals of all actions
 * @param stepErrors step executions (or loop elements) that failed
 * @param perAction the totals per {@code app.action}, in first-use order
 * @param errors the first error messages, in order (at most {@link #MAX_ERRORS})
 * @param elapsed the run's duration
 * @param webhook what a webhook run's receiver answered; {@code null} for a polling run
 */
public record RunSummary(
    String recipe,
    RunOutcome outcome,
    long ticks,
    long events,
    long duplicates,
    long items,
    ActionTotals totals,
    long stepErrors,
    Map<String, ActionTotals> perAction,
    List<String> errors,
    Duration elapsed,
    WebhookTotals webhook) {
  /** How many error messages a summary keeps. */
  public static final int MAX_ERRORS = 20;

  public RunSummary {
    perAction = Collections.unmodifiableMap(new LinkedHashMap<>(perAction));
    errors = List.copyOf(errors);
  }

  /** Records read: trigger events plus loop elements. */
  public long read() {
    return events + items;
  }

  /** Records that failed: failed steps or loop elements plus records actions reported failed. */
  public long failed() {
    return stepErrors + totals.failed();
  }

  /** Records read per second, or -1 when no time passed. */
  public double rate() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? read() / seconds : -1;
  }
}
