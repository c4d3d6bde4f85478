package dev.cprops.recipes.runner;

/**
 * What one action did over a run.
 *
 * @param calls executions
 * @param errors executions that failed
 * @param created records the action reported created
 * @param updated records reported updated
 * @param unchanged records reported unchanged
 * @param failed records the action reported failed (inside executions that succeeded)
 */
public record ActionTotals(
    long calls, long errors, long created, long updated, long unchanged, long failed) {
  static final ActionTotals ZERO = new ActionTotals(0, 0, 0, 0, 0, 0);

  ActionTotals plus(ActionTotals other) {
    return new ActionTotals(
        calls + other.calls,
        errors + other.errors,
        created + other.created,
        updated + other.updated,
        unchanged + other.unchanged,
        failed + other.failed);
  }
}
