package dev.cprops.recipes.runner;

/**
 * What a webhook run's receiver answered.
 *
 * @param deliveries notifications received ({@code POST}s)
 * @param accepted answered 2xx: their events ran (or were duplicates, or skipped by policy)
 * @param rejected answered 4xx: a forged, replayed, stale or malformed notification; nothing ran
 * @param retried answered 5xx so that the app delivers them again: a step failed under {@code
 *     stop}, the steps were still running, or the run was stopping
 */
public record WebhookTotals(long deliveries, long accepted, long rejected, long retried) {}
