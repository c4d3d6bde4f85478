package dev.cprops.recipes.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts what a run does as it goes; becomes a {@link RunSummary} at the end. Not thread-safe. */
final class RunStats {
  private final Map<String, ActionTotals> perAction = new LinkedHashMap<>();
  private final Map<String, StepTotals> perStep = new LinkedHashMap<>();
  private final List<String> errors = new ArrayList<>();
  private final List<FailedRecord> failedRecords = new ArrayList<>();
  private long errorCount;
  private long ticks;
  private long events;
  private long duplicates;
  private long items;
  private long stepErrors;
  private boolean otherFailure;
  private RunOutcome ending;
  private Path failedRecordsFile;
  private final RetryTotals retries = new RetryTotals();
  private final Map<String, Set<String>> unmapped = new LinkedHashMap<>();

  /** How many unmapped column names a summary keeps per step. */
  static final int MAX_UNMAPPED = 50;

  /**
   * Notes the input columns an action reported mapped onto nothing (a list of names under {@code
   * unmapped_columns} in its output), per step, in first-seen order.
   */
  void unmapped(String stepId, Object columns) {
    if (columns instanceof List<?> names && !names.isEmpty()) {
      Set<String> seen = unmapped.computeIfAbsent(stepId, id -> new LinkedHashSet<>());
      for (Object name : names) {
        if (name != null && seen.size() < MAX_UNMAPPED) {
          seen.add(name.toString());
        }
      }
    }
  }

  /** The retries and waits the run's connectors report (thread-safe). */
  RetryTotals retries() {
    return retries;
  }

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

  void step(String stepId, StepTotals totals) {
    perStep.merge(stepId, totals, StepTotals::plus);
  }

  /** A step execution failed, taking {@code records} records with it. */
  void stepFailed(String action, String message, long records) {
    stepErrors++;
    perAction.merge(action, new ActionTotals(1, 1, 0, 0, 0, records), ActionTotals::plus);
    error(message);
  }

  /** A record that failed (already counted in its action's and step's totals). */
  void recordFailed(FailedRecord record, String message) {
    failedRecords.add(record);
    error(message);
  }

  /** A failed record whose error message was already given once for its whole batch. */
  void failedRecordOnly(FailedRecord record) {
    failedRecords.add(record);
  }

  void failure(String message) {
    otherFailure = true;
    error(message);
  }

  void end(RunOutcome outcome, String message) {
    ending = outcome;
    if (message != null) {
      error(message);
    }
  }

  boolean ended() {
    return ending != null;
  }

  List<FailedRecord> failedRecords() {
    return failedRecords;
  }

  void failedRecordsWritten(Path file) {
    failedRecordsFile = file;
  }

  RunSummary summary(String recipe, Duration elapsed) {
    return summary(recipe, elapsed, null);
  }

  RunSummary summary(String recipe, Duration elapsed, WebhookTotals webhook) {
    ActionTotals totals = perAction.values().stream().reduce(ActionTotals.ZERO, ActionTotals::plus);
    long failedSteps = perStep.values().stream().mapToLong(StepTotals::failed).sum();
    RunOutcome outcome =
        ending != null
            ? ending
            : (stepErrors > 0 || totals.failed() > 0 || failedSteps > 0 || otherFailure)
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
        perStep,
        errors,
        errorCount,
        failedRecords.size(),
        failedRecordsFile,
        elapsed,
        retries.snapshot(),
        unmappedColumns(),
        webhook);
  }

  private Map<String, List<String>> unmappedColumns() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    unmapped.forEach((step, names) -> copy.put(step, List.copyOf(names)));
    return copy;
  }

  private void error(String message) {
    errorCount++;
    if (errors.size() < RunSummary.MAX_ERRORS) {
      errors.add(message);
    }
  }
}
