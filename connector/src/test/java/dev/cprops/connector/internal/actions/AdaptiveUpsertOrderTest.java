package dev.cprops.connector.internal.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdaptiveUpsertOrderTest {
  private final AdaptiveUpsertOrder order = new AdaptiveUpsertOrder();

  @Test
  void startsLookupFirst() {
    assertThat(order.next()).isEqualTo(UpsertOrder.LOOKUP_FIRST);
  }

  @Test
  void createsFirstOnceRecentRecordsWereMostlyNew() {
    order.observe(UpsertStatus.CREATED);

    assertThat(order.next()).isEqualTo(UpsertOrder.CREATE_FIRST);
  }

  @Test
  void looksUpFirstAgainOnceRecentRecordsMostlyExisted() {
    for (int i = 0; i < 100; i++) {
      order.observe(UpsertStatus.CREATED);
    }
    for (int i = 0; i < 10; i++) {
      order.observe(i % 2 == 0 ? UpsertStatus.UNCHANGED : UpsertStatus.UPDATED);
      assertThat(order.next()).as("after %d existing", i + 1).isEqualTo(UpsertOrder.CREATE_FIRST);
    }

    order.observe(UpsertStatus.UNCHANGED);

    assertThat(order.next()).isEqualTo(UpsertOrder.LOOKUP_FIRST);
  }

  @Test
  void failuresSayNothing() {
    order.observe(UpsertStatus.CREATED);
    for (int i = 0; i < 100; i++) {
      order.observe(UpsertStatus.FAILED);
    }

    assertThat(order.next()).isEqualTo(UpsertOrder.CREATE_FIRST);
  }
}
