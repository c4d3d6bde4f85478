package dev.cprops.recipes.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did. Every count of records counts records, never calls or batches.
 *
 * @param recipe the recipe's name
 * @param outcome how it ended
 * @param ticks how many times the trigger was run
 * @param events trigger events handled
 * @param duplicates trigger events skipped because their dedup key was already seen
 * @param items elements handled by {@code for_each} loops (a batch counts its elements)
 * @param totals the totals of all actions
 * @param stepErrors step executions (or loop elements or batches) that failed
 * @param perAction the totals per {@code app.action}, in first-use order
 * @param perStep the record counts per step id, in first-use order
 * @param errors the first error messages, in order (at most {@link #MAX_ERRORS})
 * @param errorCount how many error messages there were in all
 * @param failedRecords how many failed records were written to {@code failedRecordsFile}
 * @param failedRecordsFile where the failed records were written, or null when none failed
 * @param elapsed the run's duration
 * @param retries the retries and rate-limit waits of the run's connections, and the faults survived
 * @param unmappedColumns per step id, the input columns its action mapped onto nothing (reported as
 *     {@code unmapped_columns}), in first-seen order
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
    Map<String, StepTotals> perStep,
    List<String> errors,
    long errorCount,
    long failedRecords,
    Path failedRecordsFile,
    Duration elapsed,
    RunRetries retries,
    Map<String, List<String>> unmappedColumns,
    WebhookTotals webhook) {
  /** How many error messages a summary keeps. */
  public static final int MAX_ERRORS = 20;

  public RunSummary {
    perAction = Collections.unmodifiableMap(new LinkedHashMap<>(perAction));
    perStep = Collections.unmodifiableMap(new LinkedHashMap<>(perStep));
    errors = List.copyOf(errors);
    unmappedColumns = Collections.unmodifiableMap(new LinkedHashMap<>(unmappedColumns));
  }

  /**
   * This summary for a run ended by Ctrl-C or SIGTERM: outcome {@link RunOutcome#INTERRUPTED}
   * (unless a rejected connection ended it first), with {@code note} on what the next run redoes.
   */
  public RunSummary interrupted(String note) {
    if (outcome == RunOutcome.INTERRUPTED || outcome == RunOutcome.AUTH_FAILED) {
      return this;
    }
    List<String> notes = new java.util.ArrayList<>(errors);
    if (note != null) {
      notes.add(note);
    }
    return new RunSummary(
        recipe,
        RunOutcome.INTERRUPTED,
        ticks,
        events,
        duplicates,
        items,
        totals,
        stepErrors,
        perAction,
        perStep,
        notes,
        errorCount + (note == null ? 0 : 1),
        failedRecords,
        failedRecordsFile,
        elapsed,
        retries,
        unmappedColumns,
        webhook);
  }

  /** Records read: trigger events plus loop elements. */
  public long read() {
    return events + items;
  }

  /** Records that failed, counted per step: a failed batch of 100 is 100 failed records. */
  public long failed() {
    return perStep.values().stream().mapToLong(StepTotals::failed).sum();
  }

  /** Records left out: duplicate events, plus records steps skipped. */
  public long skipped() {
    return duplicates + perStep.values().stream().mapToLong(StepTotals::skipped).sum();
  }

  /** Records read per second, or -1 when no time passed. */
  public double rate() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? read() / seconds : -1;
  }
}
