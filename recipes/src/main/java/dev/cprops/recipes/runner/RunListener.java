package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.RetryListener;
import java.time.Instant;
import java.util.Map;

/**
 * Hears what a run does, for progress displays; every method has an empty default. Called on the
 * runner's thread (a webhook run's too: its receiver's threads hand their news over), except {@link
 * #retrying}; a listener that throws aborts the run (as a crash would).
 */
public interface RunListener {

  /** A poll of the trigger returned events. */
  default void polled(String trigger, int events) {}

  /** Something the user should know before trusting the run, e.g. a state directory reused. */
  default void warning(String message) {}

  /** A {@code for_each} loop starts; {@code total} is -1 when unknown (a streamed file). */
  default void loopStarted(String stepId, long total) {}

  /** A loop handled more elements; {@code done} counts all so far. */
  default void loopProgress(String stepId, long done) {}

  /** A loop ended. */
  default void loopFinished(String stepId, long done, long failed) {}

  /**
   * A connector is about to wait: before a retry (a 429, a server error, a network failure) or
   * pacing by a rate limit. Called on the connector's thread as it happens, possibly on several
   * threads at once, so implementations are thread-safe and must not throw.
   *
   * @param app the app whose connection waits
   */
  default void retrying(String app, RetryListener.Wait wait) {}

  /** A step (or one loop element) failed; the message never holds a secret. */
  default void stepFailed(String stepId, String message) {}

  /** All steps ran for an event and its dedup key is saved; its cursor is saved later. */
  default void eventHandled(Map<String, Object> event) {}

  /** The runner waits for the next tick. */
  default void waiting(Instant next) {}

  /**
   * A webhook run is ready: its receiver listens and the trigger is subscribed.
   *
   * @param trigger {@code app.trigger}
   * @param callbackUrl where the app delivers
   * @param reused whether the subscription saved by an earlier run is used again
   */
  default void listening(String trigger, String callbackUrl, boolean reused) {}

  /**
   * A webhook notification was handled and answered.
   *
   * @param events the events it carried
   * @param duplicates how many of them were skipped as already handled
   * @param status the HTTP status it is answered with
   */
  default void delivered(String trigger, int events, int duplicates, int status) {}

  /** A webhook notification was refused (forged, replayed, stale or malformed); nothing ran. */
  default void rejected(String trigger, String reason) {}

  /** A webhook run stopped listening; {@code what} says what became of the subscription. */
  default void stoppedListening(String trigger, String what) {}
}
