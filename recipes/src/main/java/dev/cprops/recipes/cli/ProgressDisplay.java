package dev.cprops.recipes.cli;

import dev.cprops.connector.spi.RetryListener;
import dev.cprops.recipes.runner.RunListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Shows a run's progress: bars on a terminal, plain lines otherwise (CI, pipes). A webhook run's
 * news (listening, each delivery, rejections, the end) are lines in both.
 */
abstract class ProgressDisplay implements RunListener, AutoCloseable {
  private Supplier<List<String>> listeningHint = List::of;

  /**
   * @param every how often a line says where a loop stands, when the output is not a terminal
   */
  static ProgressDisplay create(boolean terminal, PrintWriter err, Duration every) {
    return terminal ? new BarProgress(err) : new LineProgress(err, every);
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

  /**
   * Announces a connector's wait as it begins: {@code customer_properties: waiting 2 s: rate
   * limited (429), attempt 2 of 5 (POST /customers)}. Pacing waits under a second are too many to
   * tell one by one (the summary counts them).
   */
  @Override
  public void retrying(String app, RetryListener.Wait wait) {
    if (!wait.retry() && wait.duration().compareTo(Duration.ofSeconds(1)) < 0) {
      return;
    }
    say(
        app
            + ": waiting "
            + seconds(wait.duration())
            + ": "
            + wait.reason()
            + (wait.retry() ? ", attempt " + wait.attempt() + " of " + wait.maxAttempts() : "")
            + " ("
            + wait.request()
            + ")");
  }

  /** A wait as people read it: {@code 2 s}, {@code 0.4 s}, {@code 1.5 s}, {@code 2 min 05 s}. */
  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    if (millis >= 60_000) {
      return LineProgress.duration(millis / 1000.0);
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
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
