package dev.cprops.recipes.cli;

import java.io.PrintWriter;
import java.time.Instant;

/**
 * Progress as plain lines, for output that is not a terminal: one line per 10 000 loop elements.
 */
final class LineProgress extends ProgressDisplay {
  static final long EVERY = 10_000;
  private final PrintWriter err;
  private Instant lastWait;
  private long total;

  LineProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void polled(String trigger, int events) {
    if (events > 0) {
      print(trigger + ": " + events + (events == 1 ? " event" : " events"));
    }
  }

  @Override
  public void loopStarted(String stepId, long total) {
    this.total = total;
  }

  @Override
  public void loopProgress(String stepId, long done) {
    if (done % EVERY == 0) {
      print(stepId + ": " + done + (total >= 0 ? "/" + total : "") + " items");
    }
  }

  @Override
  public void loopFinished(String stepId, long done, long failed) {
    print(stepId + ": " + done + " items done" + (failed > 0 ? ", " + failed + " failed" : ""));
  }

  @Override
  public void stepFailed(String stepId, String message) {
    print(message);
  }

  @Override
  public void waiting(Instant next) {
    if (!next.equals(lastWait)) {
      lastWait = next;
      print("waiting for the next tick at " + next);
    }
  }

  @Override
  void say(String line) {
    print(line);
  }

  private void print(String line) {
    err.println(line);
    err.flush();
  }
}
