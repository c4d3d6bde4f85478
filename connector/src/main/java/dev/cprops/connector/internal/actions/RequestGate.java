package dev.cprops.connector.internal.actions;

/**
 * Called before each API request of a record, so a batch can pace its requests (see {@link
 * RateLimitGovernor}); {@link #OPEN} never waits.
 */
@FunctionalInterface
public interface RequestGate {
  /** A gate that never waits. */
  RequestGate OPEN = () -> {};

  /**
   * Returns when the next request may be sent.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void await() throws InterruptedException;
}
