package dev.cprops.mock.chaos;

import java.util.Map;

/**
 * What chaos did since its settings were last set or its stats cleared.
 *
 * @param requestsSeen API calls that chaos looked at (only while it was on)
 * @param faultsInjected calls that got a fault
 * @param byFault injected faults by kind, every kind present
 * @param byPhase injected faults by phase, every phase present
 */
public record ChaosStats(
    long requestsSeen, long faultsInjected, Map<Fault, Long> byFault, Map<Phase, Long> byPhase) {
  public ChaosStats {
    byFault = Map.copyOf(byFault);
    byPhase = Map.copyOf(byPhase);
  }
}
