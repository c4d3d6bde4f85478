package dev.cprops.mock.chaos;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The chaos in force: its settings, which fault each API call gets, and the stats of what was
 * injected. Setting new settings restarts the fault sequence (call numbers start at 0 again, so a
 * seed replays the same faults) and clears the stats; turning chaos off keeps the stats readable.
 * Thread-safe.
 */
public final class ChaosController {
  /** Settings and the call counter that numbers calls under them, swapped together. */
  private record Run(ChaosSettings settings, AtomicLong calls) {}

  private final ChaosCounters counters = new ChaosCounters();
  private volatile Run run;

  public ChaosController(ChaosSettings initial) {
    this.run = new Run(initial, new AtomicLong());
  }

  public ChaosSettings settings() {
    return run.settings();
  }

  /** Puts new settings in force, restarts the fault sequence and clears the stats. */
  public synchronized void set(ChaosSettings settings) {
    run = new Run(settings, new AtomicLong());
    counters.clear();
  }

  /** Turns chaos off; the stats are kept until cleared or new settings are set. */
  public synchronized void turnOff() {
    run = new Run(ChaosSettings.OFF, new AtomicLong());
  }

  public ChaosStats stats() {
    return counters.snapshot();
  }

  public void clearStats() {
    counters.clear();
  }

  /** The fault for the next API call, or null for none; counts the call and the fault. */
  Injection next() {
    Run current = run;
    if (!current.settings().enabled()) {
      return null;
    }
    counters.seen();
    Injection injection = FaultSchedule.at(current.settings(), current.calls().getAndIncrement());
    if (injection != null) {
      counters.injected(injection);
    }
    return injection;
  }
}
