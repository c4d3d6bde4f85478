package dev.cprops.recipes.runner;

/**
 * What one step did to records over a run; every number counts records, never calls or batches.
 *
 * @param read records the step was given (loop elements, or trigger events for a step that does not
 *     loop)
 * @param created records its action reported created
 * @param updated records reported updated
 * @param unchanged records reported unchanged
 * @param failed records that failed (reported failed, or part of a call that failed)
 * @param skipped records left out (bad input rows skipped, or not reached after a skip)
 */
public record StepTotals(
    long read, long created, long updated, long unchanged, long failed, long skipped) {
  static final StepTotals ZERO = new StepTotals(0, 0, 0, 0, 0, 0);

  StepTotals plus(StepTotals other) {
    return new StepTotals(
        read + other.read,
        created + other.created,
        updated + other.updated,
        unchanged + other.unchanged,
        failed + other.failed,
        skipped + other.skipped);
  }
}
