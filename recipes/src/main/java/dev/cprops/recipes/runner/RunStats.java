package dev.cprops.recipes.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts what a run does as it goes; becomes a {@link RunSummary} at the end. Not thread-safe. */
final class RunStats {
  private final Map<String, ActionTotals> perAction = new LinkedHashMap<>();
  private final List<String> errors = new ArrayList<>();
  private long ticks;
  private long events;
  private long duplicates;
  private long items;
  private long stepErrors;
  private boolean otherFailure;
  private RunOutcome ending;

  void tick() {
    ticks++;
  }

  void event() {
    events++;
  }

  void duplicate() {
    duplicates++;
  }

  void items(long count) {
    items += count;
  }

  void executed(String action, ActionTotals totals) {
    perAction.merge(action, totals, ActionTotals::plus);
  }

  void stepFailed(String action, String message) {
    stepErrors++;
    perAction.merge(action, new ActionTotals(1, 1, 0, 0, 0, 0), ActionTotals::plus);
    error(message);
  }

  /** A record an action reported as failed (already counted in its totals). */
  void recordFailed(String message) {
    error(message);
  }

  void failure(String message) {
    otherFailure = true;
    error(message);
  }

  void end(RunOutcome outcome, String message) {
    ending = outcome;
    error(message);
  }

  boolean ended() {
    return ending != null;
  }

  RunSummary summary(String recipe, Duration elapsed) {
    return summary(recipe, elapsed, null);
  }

  RunSummary summary(String recipe, Duration elapsed, WebhookTotals webhook) {
    ActionTotals totals = perAction.values().stream().reduce(ActionTotals.ZERO, ActionTotals::plus);
    RunOutcome outcome =
        ending != null
            ? ending
            : (stepErrors > 0 || totals.failed() > 0 || otherFailure)
                ? RunOutcome.FAILURES
                : RunOutcome.OK;
    return new RunSummary(
        recipe,
        outcome,
        ticks,
        events,
        duplicates,
        items,
        totals,
        stepErrors,
        perAction,
        errors,
        elapsed,
        webhook);
  }

  private void error(String message) {
    if (errors.size() < RunSummary.MAX_ERRORS) {
      errors.add(message);
    }
  }
}
