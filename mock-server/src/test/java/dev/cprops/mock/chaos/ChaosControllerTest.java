package dev.cprops.mock.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaosControllerTest {
  @Test
  void offByDefault_seesAndCountsNothing() {
    ChaosController controller = new ChaosController(ChaosSettings.OFF);

    assertThat(controller.next()).isNull();
    assertThat(controller.stats().requestsSeen()).isZero();
  }

  @Test
  void settingAgain_replaysTheSameSequence_andClearsTheStats() {
    ChaosController controller = new ChaosController(ChaosSettings.OFF);
    controller.set(ChaosSettings.of(0.5, 99));
    List<Injection> first = draw(controller, 100);
    assertThat(controller.stats().requestsSeen()).isEqualTo(100);

    controller.set(ChaosSettings.of(0.5, 99));

    assertThat(controller.stats().requestsSeen()).isZero();
    assertThat(draw(controller, 100)).isEqualTo(first);
  }

  @Test
  void statsCountEveryInjection_byFaultAndPhase() {
    ChaosController controller = new ChaosController(ChaosSettings.of(0.4, 1));
    List<Injection> injections = draw(controller, 1_000);

    ChaosStats stats = controller.stats();
    List<Injection> injected = injections.stream().filter(i -> i != null).toList();
    assertThat(stats.requestsSeen()).isEqualTo(1_000);
    assertThat(stats.faultsInjected()).isEqualTo(injected.size());
    for (Fault fault : Fault.values()) {
      assertThat(stats.byFault().get(fault))
          .as(fault.apiName())
          .isEqualTo(injected.stream().filter(i -> i.fault() == fault).count());
    }
    assertThat(stats.byPhase().get(Phase.BEFORE_WRITE) + stats.byPhase().get(Phase.AFTER_WRITE))
        .isEqualTo(injected.size());
  }

  @Test
  void turningOff_stopsFaults_butKeepsTheStats_untilCleared() {
    ChaosController controller = new ChaosController(ChaosSettings.of(1, 1));
    draw(controller, 10);

    controller.turnOff();

    assertThat(draw(controller, 10)).containsOnlyNulls();
    assertThat(controller.stats().faultsInjected()).isEqualTo(10);
    controller.clearStats();
    assertThat(controller.stats().faultsInjected()).isZero();
    assertThat(controller.stats().byFault()).containsOnlyKeys(Fault.values());
  }

  @Test
  void settingsRejectBadValues_namingThem() {
    assertThatThrownBy(() -> ChaosSettings.of(1.5, 0))
        .hasMessage("rate must be from 0 to 1, was 1.5");
    assertThatThrownBy(() -> ChaosSettings.of(1, 0).withDelay(50, 10))
        .hasMessage("the delay range must satisfy 0 <= min <= max <= 60000 ms, was 50..10");
    assertThatThrownBy(() -> ChaosSettings.of(1, 0).withWeights(Map.of(Fault.DELAY, 0.0)))
        .hasMessageStartingWith("faults must give at least one fault a weight above 0");
    assertThatThrownBy(() -> ChaosSettings.of(1, 0).withWeights(Map.of(Fault.DELAY, -1.0)))
        .hasMessage("the weight of fault delay must be a finite number of 0 or more, was -1.0");
  }

  private static List<Injection> draw(ChaosController controller, int calls) {
    List<Injection> injections = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      injections.add(controller.next());
    }
    return injections;
  }
}
