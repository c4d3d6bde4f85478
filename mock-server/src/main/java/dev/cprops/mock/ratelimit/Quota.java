package dev.cprops.mock.ratelimit;

/**
 * The outcome of counting one request against its credential's window.
 *
 * @param allowed whether the request may proceed
 * @param limit requests allowed per window; 0 when rate limiting is off (then nothing else applies)
 * @param remaining requests left in the window after this one
 * @param resetEpochSecond when the window ends, in epoch seconds
 * @param retryAfterSeconds for a refused request, whole seconds until the window ends (at least 1)
 */
public record Quota(
    boolean allowed, int limit, int remaining, long resetEpochSecond, long retryAfterSeconds) {
  static final Quota UNLIMITED = new Quota(true, 0, 0, 0, 0);

  /** Whether rate limiting was off for this request (no limit, no headers). */
  public boolean unlimited() {
    return limit == 0;
  }
}
