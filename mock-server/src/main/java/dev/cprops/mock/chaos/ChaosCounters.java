package dev.cprops.mock.chaos;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** The running counts behind {@link ChaosStats}; thread-safe, lock-free. */
final class ChaosCounters {
  private final LongAdder seen = new LongAdder();
  private final AtomicLongArray byFault = new AtomicLongArray(Fault.values().length);
  private final AtomicLongArray byPhase = new AtomicLongArray(Phase.values().length);

  void seen() {
    seen.increment();
  }

  void injected(Injection injection) {
    byFault.incrementAndGet(injection.fault().ordinal());
    byPhase.incrementAndGet(injection.phase().ordinal());
  }

  void clear() {
    seen.reset();
    for (int i = 0; i < byFault.length(); i++) {
      byFault.set(i, 0);
    }
    for (int i = 0; i < byPhase.length(); i++) {
      byPhase.set(i, 0);
    }
  }

  ChaosStats snapshot() {
    Map<Fault, Long> faults = new EnumMap<>(Fault.class);
    long injected = 0;
    for (Fault fault : Fault.values()) {
      long count = byFault.get(fault.ordinal());
      faults.put(fault, count);
      injected += count;
    }
    Map<Phase, Long> phases = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      phases.put(phase, byPhase.get(phase.ordinal()));
    }
    return new ChaosStats(seen.sum(), injected, faults, phases);
  }
}
