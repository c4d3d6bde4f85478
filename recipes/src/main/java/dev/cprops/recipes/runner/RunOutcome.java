package dev.cprops.recipes.runner;

/** How a run ended. */
public enum RunOutcome {
  /** Every event and record went through. */
  OK,
  /**
   * The run finished, but some steps or records failed (policies continue or skip), or a poll
   * failed.
   */
  FAILURES,
  /**
   * A step with {@code on_error: stop} failed; the run stopped and its events will be delivered
   * again.
   */
  STOPPED,
  /** A connection's credentials were rejected; the run stopped. */
  AUTH_FAILED,
  /**
   * A single run ({@code --once}) could not reach its trigger's server (refused, unknown host, TLS,
   * timeout); nothing was read.
   */
  UNREACHABLE,
  /**
   * The run was asked to stop (Ctrl-C, SIGTERM): what was in flight finished, the state was saved,
   * and what was not done is left for the next run.
   */
  INTERRUPTED
}
