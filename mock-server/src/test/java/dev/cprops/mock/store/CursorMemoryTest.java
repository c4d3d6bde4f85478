package dev.cprops.mock.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CursorMemoryTest {
  @Test
  void formerPositions_areForgotten_afterTheRetention() {
    FormerPositions positions = new FormerPositions();
    positions.remember("a", 100, 1_000);
    positions.remember("a", 200, 2_000);

    assertThat(positions.earliest("a", 2_000)).hasValue(100);
    assertThat(positions.earliest("a", 1_000 + FormerPositions.RETENTION_MILLIS + 1)).hasValue(200);
    positions.remember("b", 5, 3_000 + FormerPositions.RETENTION_MILLIS);
    assertThat(positions.size()).isEqualTo(1);
    assertThat(positions.earliest("a", 3_000 + FormerPositions.RETENTION_MILLIS)).isEmpty();
  }

  @Test
  void formerPositions_keepAtMostMaxEntries_forgettingTheOldestFirst() {
    FormerPositions positions = new FormerPositions();
    positions.remember("solo", 7, 1_000);
    for (int i = 0; i < FormerPositions.MAX_ENTRIES; i++) {
      positions.remember("k" + (i % 3), 10 + i, 1_000);
    }

    assertThat(positions.size()).isEqualTo(FormerPositions.MAX_ENTRIES);
    assertThat(positions.earliest("solo", 1_000)).isEmpty();
    assertThat(positions.earliest("k0", 1_000)).hasValue(10);
    positions.remember("k2", 1, 1_000);
    assertThat(positions.earliest("k0", 1_000)).hasValue(13);
    assertThat(positions.earliest("k1", 1_000)).hasValue(11);
  }

  @Test
  void servedCursors_areTakenOnce_earliestFirst() {
    ServedCursors served = new ServedCursors();
    served.record("a", 300, 1_000);
    served.record("a", 100, 1_001);

    assertThat(served.take("a", 1_002)).hasValue(100);
    assertThat(served.take("a", 1_003)).isEmpty();
  }

  @Test
  void logicalClock_isStrictlyIncreasing_evenWhenTheWallClockStands() {
    LogicalClock clock = new LogicalClock(() -> 5_000);

    assertThat(clock.next()).isEqualTo(5_000);
    assertThat(clock.next()).isEqualTo(5_001);
    clock.backdate(10, 7);
    assertThat(clock.next()).isEqualTo(10);
    assertThat(clock.next()).isEqualTo(17);
    clock.resume();
    assertThat(clock.next()).isEqualTo(5_000);
  }
}
