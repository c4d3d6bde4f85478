package dev.cprops.recipes.cli;

import java.io.PrintWriter;
import java.time.Instant;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on a terminal (stderr), one per running loop; other news as lines above them. */
final class BarProgress extends ProgressDisplay {
  private final PrintWriter err;
  private ProgressBar bar;
  private Instant lastWait;

  BarProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void loopStarted(String stepId, long total) {
    closeBar();
    bar =
        new ProgressBarBuilder()
            .setTaskName(stepId)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" items", 1)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
  }

  @Override
  public void loopProgress(String stepId, long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void loopFinished(String stepId, long done, long failed) {
    if (bar != null) {
      bar.stepTo(done);
      if (bar.getMax() < 0) {
        bar.maxHint(done);
      }
    }
    closeBar();
  }

  @Override
  public void stepFailed(String stepId, String message) {
    if (bar == null) {
      err.println(message);
      err.flush();
    }
  }

  @Override
  public void waiting(Instant next) {
    if (!next.equals(lastWait)) {
      lastWait = next;
      err.println("waiting for the next tick at " + next);
      err.flush();
    }
  }

  @Override
  void say(String line) {
    err.println(line);
    err.flush();
  }

  @Override
  public void close() {
    closeBar();
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
