package dev.cprops.connector.internal.actions;

/**
 * Picks the {@link UpsertOrder} of a batch's next record from what its recent records turned out to
 * be: {@link UpsertOrder#CREATE_FIRST} while most of them were new customers (an initial load),
 * {@link UpsertOrder#LOOKUP_FIRST} while most of them existed (a re-sync), so the usual record
 * costs one request. The share of new records is an exponentially weighted average over roughly the
 * last {@value #WINDOW} results; it starts undecided, which means lookup-first. Failed records say
 * nothing and are not counted. Thread-safe.
 */
final class AdaptiveUpsertOrder {
  static final int WINDOW = 16;

  private double newShare = 0.5;

  /** The order for the next record. */
  synchronized UpsertOrder next() {
    return newShare > 0.5 ? UpsertOrder.CREATE_FIRST : UpsertOrder.LOOKUP_FIRST;
  }

  /** Learns from one record's outcome. */
  synchronized void observe(UpsertStatus status) {
    double sample;
    switch (status) {
      case CREATED -> sample = 1;
      case UPDATED, UNCHANGED -> sample = 0;
      default -> {
        return;
      }
    }
    newShare += (sample - newShare) / WINDOW;
  }
}
