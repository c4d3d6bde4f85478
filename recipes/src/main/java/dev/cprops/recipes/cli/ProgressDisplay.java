package dev.cprops.recipes.cli;

import dev.cprops.recipes.runner.RunListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Shows a run's progress: bars on a terminal, plain lines otherwise (CI, pipes). A webhook run's
 * news (listening, each delivery, rejections, the end) are lines in both.
 */
abstract class ProgressDisplay implements RunListener, AutoCloseable {
  private Supplier<List<String>> listeningHint = List::of;

  static ProgressDisplay create(boolean terminal, PrintWriter err) {
    return terminal ? new BarProgress(err) : new LineProgress(err);
  }

  /** Lines printed once a webhook run listens, e.g. how to cause an event. */
  void listeningHint(Supplier<List<String>> hint) {
    this.listeningHint = hint;
  }

  /** Prints one line of news. */
  abstract void say(String line);

  @Override
  public void listening(String trigger, String callbackUrl, boolean reused) {
    say(
        trigger
            + ": listening for webhooks at "
            + callbackUrl
            + (reused ? " (re-using the saved subscription)" : " (subscribed)"));
    listeningHint.get().forEach(this::say);
  }

  @Override
  public void delivered(String trigger, int events, int duplicates, int status) {
    say(
        trigger
            + ": notification with "
            + events
            + (events == 1 ? " event" : " events")
            + (duplicates > 0 ? " (" + duplicates + " already handled)" : "")
            + ", answered "
            + status
            + (status >= 500 ? " (the app delivers it again)" : ""));
  }

  @Override
  public void warning(String message) {
    say("warning: " + message);
  }

  @Override
  public void rejected(String trigger, String reason) {
    say(trigger + ": notification rejected, nothing ran: " + reason);
  }

  @Override
  public void stoppedListening(String trigger, String what) {
    say(trigger + ": stopped listening; " + what);
  }

  @Override
  public void close() {}
}
