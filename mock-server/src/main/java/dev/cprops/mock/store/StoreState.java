package dev.cprops.mock.store;

import java.util.List;

/**
 * Everything the store holds, at one moment: what a snapshot saves.
 *
 * @param clock the store's logical clock: the last time it handed out
 * @param partnerships the partnerships with their API keys ({@code toString()} redacts them)
 */
public record StoreState(
    long clock,
    List<PropertyDefinition> properties,
    List<Customer> customers,
    List<CreatedPartnership> partnerships) {

  public StoreState {
    properties = List.copyOf(properties);
    customers = List.copyOf(customers);
    partnerships = List.copyOf(partnerships);
  }
}
