package dev.cprops.mock.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {
  private static final int CALLS = 20_000;

  private static ChaosSettings mixed(long seed) {
    Map<Fault, Double> weights = new EnumMap<>(Fault.class);
    weights.put(Fault.SERVER_ERROR, 4.0);
    weights.put(Fault.SERVICE_UNAVAILABLE, 3.0);
    weights.put(Fault.TOO_MANY_REQUESTS, 2.0);
    weights.put(Fault.CONNECTION_RESET, 0.5);
    weights.put(Fault.DELAY, 0.5);
    return ChaosSettings.of(0.3, seed).withWeights(weights).withDelay(20, 40);
  }

  @Test
  void theSameSeed_givesTheSameFaults_andAnotherSeedOthers() {
    assertThat(sequence(mixed(42), 500)).isEqualTo(sequence(mixed(42), 500));
    assertThat(sequence(mixed(42), 500)).isNotEqualTo(sequence(mixed(43), 500));
  }

  @Test
  void theMixMatchesRateAndWeights_withinFourSigma() {
    ChaosSettings settings = mixed(7);
    Map<Fault, Integer> byFault = new EnumMap<>(Fault.class);
    int after = 0;
    int injected = 0;
    for (long call = 0; call < CALLS; call++) {
      Injection injection = FaultSchedule.at(settings, call);
      if (injection != null) {
        injected++;
        byFault.merge(injection.fault(), 1, Integer::sum);
        after += injection.phase() == Phase.AFTER_WRITE ? 1 : 0;
      }
    }

    assertWithinFourSigma("faults", injected, CALLS, 0.3);
    for (Fault fault : Fault.values()) {
      assertWithinFourSigma(
          fault.apiName(), byFault.getOrDefault(fault, 0), CALLS, settings.probability(fault));
    }
    assertWithinFourSigma("after_write", after, injected, 0.5);
  }

  @Test
  void delaysFallInTheRange_andOtherFaultsHaveNone() {
    ChaosSettings settings = mixed(11);
    for (long call = 0; call < CALLS; call++) {
      Injection injection = FaultSchedule.at(settings, call);
      if (injection == null) {
        continue;
      }
      if (injection.fault() == Fault.DELAY) {
        assertThat(injection.delayMillis()).isBetween(20L, 40L);
      } else {
        assertThat(injection.delayMillis()).isZero();
      }
    }
  }

  @Test
  void whenPinsThePhase_andAZeroWeightFaultNeverComes() {
    ChaosSettings settings =
        ChaosSettings.of(1, 3)
            .withWeights(Map.of(Fault.SERVER_ERROR, 1.0, Fault.DELAY, 0.0))
            .withWhen(Timing.BEFORE_WRITE);
    for (long call = 0; call < 1_000; call++) {
      Injection injection = FaultSchedule.at(settings, call);
      assertThat(injection.fault()).isEqualTo(Fault.SERVER_ERROR);
      assertThat(injection.phase()).isEqualTo(Phase.BEFORE_WRITE);
    }
  }

  @Test
  void rateZeroInjectsNothing() {
    ChaosSettings settings = ChaosSettings.of(0, 5);
    for (long call = 0; call < 1_000; call++) {
      assertThat(FaultSchedule.at(settings, call)).isNull();
    }
  }

  private static List<String> sequence(ChaosSettings settings, int calls) {
    List<String> faults = new ArrayList<>();
    for (long call = 0; call < calls; call++) {
      faults.add(String.valueOf(FaultSchedule.at(settings, call)));
    }
    return faults;
  }

  static void assertWithinFourSigma(String what, long count, long trials, double p) {
    double mean = trials * p;
    double sigma = Math.sqrt(trials * p * (1 - p));
    assertThat((double) count)
        .as("%s: %d of %d, expected %.1f +- %.1f", what, count, trials, mean, 4 * sigma)
        .isBetween(mean - 4 * sigma, mean + 4 * sigma);
  }
}
