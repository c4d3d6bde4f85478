package dev.cprops.recipes.runner;

/**
 * Thrown by the steps when the run was asked to stop (Ctrl-C, SIGTERM) in the middle of an event:
 * the element or batch in flight finished, no new one was taken, and the event is not marked
 * handled, so the next run does it again.
 */
final class RunInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunInterruptedException(String message) {
    super(message);
  }
}
