package dev.cprops.recipes.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for output that is not a terminal (CI logs, pipes): while a loop runs, a
 * line every {@code every} (records done, of how many when the source knows, the rate and the time
 * left), and a line when it ends; between loops, the events handled when they changed. Lines are
 * printed by a daemon thread as time passes, so a run that stalls still says where it stands.
 */
final class LineProgress extends ProgressDisplay {
  /** How often a line is printed unless {@code --progress-every} says otherwise. */
  static final Duration DEFAULT_EVERY = Duration.ofSeconds(5);

  private final PrintWriter err;
  private final Duration every;
  private final LongSupplier nanoTime;
  private ScheduledExecutorService ticker;
  private Instant lastWait;
  private volatile Loop loop;
  private volatile long events;
  private long eventsShown;

  /** A running loop; {@code done} is written by the runner's thread, read by the ticker's. */
  private static final class Loop {
    final String stepId;
    final long total;
    final long startedNanos;
    volatile long done;

    Loop(String stepId, long total, long startedNanos) {
      this.stepId = stepId;
      this.total = total;
      this.startedNanos = startedNanos;
    }
  }

  LineProgress(PrintWriter err, Duration every) {
    this(err, every, System::nanoTime);
  }

  LineProgress(PrintWriter err, Duration every, LongSupplier nanoTime) {
    this.err = err;
    this.every = every;
    this.nanoTime = nanoTime;
  }

  @Override
  public void polled(String trigger, int events) {
    if (events > 0) {
      print(trigger + ": " + events + (events == 1 ? " event" : " events"));
    }
    startTicker();
  }

  @Override
  public void eventHandled(java.util.Map<String, Object> event) {
    events++;
  }

  @Override
  public void loopStarted(String stepId, long total) {
    loop = new Loop(stepId, total, nanoTime.getAsLong());
    startTicker();
  }

  @Override
  public void loopProgress(String stepId, long done) {
    Loop current = loop;
    if (current != null) {
      current.done = done;
    }
  }

  @Override
  public void loopFinished(String stepId, long done, long failed) {
    Loop current = loop;
    loop = null;
    double seconds = current == null ? 0 : (nanoTime.getAsLong() - current.startedNanos) / 1e9;
    print(
        stepId
            + ": "
            + plural(done, "record")
            + " done in "
            + String.format(Locale.ROOT, "%.1f s", seconds)
            + (seconds > 0 ? " (" + rate(done, seconds) + ")" : "")
            + (failed > 0 ? ", " + failed + " failed" : ""));
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

  /** The line the ticker prints now, or null when there is nothing new to say. */
  String statusLine() {
    Loop current = loop;
    if (current != null) {
      double seconds = (nanoTime.getAsLong() - current.startedNanos) / 1e9;
      return status(current.stepId, current.done, current.total, seconds);
    }
    long handled = events;
    if (handled != eventsShown) {
      eventsShown = handled;
      return plural(handled, "event") + " handled";
    }
    return null;
  }

  /**
   * One progress line: {@code upsert: 1200 of 5000 records (24 %), 310 records/s, ETA 13 s}; with
   * an unknown total {@code upsert: 1200 records, 310 records/s}.
   */
  static String status(String stepId, long done, long total, double seconds) {
    StringBuilder line = new StringBuilder(stepId).append(": ").append(done);
    if (total >= 0) {
      line.append(" of ")
          .append(plural(total, "record"))
          .append(" (")
          .append(total == 0 ? 100 : Math.min(100, done * 100 / total))
          .append(" %)");
    } else {
      line.append(done == 1 ? " record" : " records");
    }
    if (seconds > 0) {
      double perSecond = done / seconds;
      line.append(", ").append(rate(done, seconds));
      if (total >= 0 && done < total && perSecond > 0) {
        line.append(", ETA ").append(duration((total - done) / perSecond));
      }
    }
    return line.toString();
  }

  private static String rate(long done, double seconds) {
    double perSecond = done / seconds;
    return String.format(Locale.ROOT, perSecond < 10 ? "%.1f" : "%.0f", perSecond) + " records/s";
  }

  /** Seconds as people read them: {@code 13 s}, {@code 4 min 05 s}, {@code 2 h 03 min}. */
  static String duration(double seconds) {
    long s = Math.round(Math.ceil(seconds));
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private synchronized void startTicker() {
    if (ticker != null) {
      return;
    }
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "recipe-progress");
              thread.setDaemon(true);
              return thread;
            });
    long millis = Math.max(1, every.toMillis());
    ticker.scheduleAtFixedRate(
        () -> {
          String line = statusLine();
          if (line != null) {
            print(line);
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
  }

  private void print(String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }
}
