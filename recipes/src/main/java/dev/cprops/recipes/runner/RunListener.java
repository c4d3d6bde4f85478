package dev.cprops.recipes.runner;

import java.time.Instant;
import java.util.Map;

/**
 * Hears what a run does, for progress displays; every method has an empty default. Called on the
 * runner's thread; a listener that throws aborts the run (as a crash would).
 */
public interface RunListener {

  /** A poll of the trigger returned events. */
  default void polled(String trigger, int events) {}

  /** A {@code for_each} loop starts; {@code total} is -1 when unknown (a streamed file). */
  default void loopStarted(String stepId, long total) {}

  /** A loop handled more elements; {@code done} counts all so far. */
  default void loopProgress(String stepId, long done) {}

  /** A loop ended. */
  default void loopFinished(String stepId, long done, long failed) {}

  /** A step (or one loop element) failed; the message never holds a secret. */
  default void stepFailed(String stepId, String message) {}

  /** All steps ran for an event and its dedup key is saved; its cursor is saved later. */
  default void eventHandled(Map<String, Object> event) {}

  /** The runner waits for the next tick. */
  default void waiting(Instant next) {}
}
