package dev.cprops.mock.store;

import java.util.List;

/**
 * Everything the store holds, at one moment: what a snapshot saves and a restore loads.
 *
 * @param position the {@link StoreWriteLog} position of the last change included (0 without a write
 *     log)
 * @param clock the store's logical clock: the last time it handed out
 * @param partnerships the partnerships with their API keys ({@code toString()} redacts them)
 */
public record StoreState(
    long position,
    long clock,
    List<PropertyDefinition> properties,
    List<Customer> customers,
    List<CreatedPartnership> partnerships) {

  public StoreState {
    properties = List.copyOf(properties);
    customers = List.copyOf(customers);
    partnerships = List.copyOf(partnerships);
  }

  /** No properties, customers or partnerships. */
  public static StoreState empty(long position, long clock) {
    return new StoreState(position, clock, List.of(), List.of(), List.of());
  }
}
