package dev.cprops.recipes.runner;

/** A step whose policy is {@code stop} failed: the run ends without saving the cursor. */
final class StopRunException extends RuntimeException {
  StopRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
