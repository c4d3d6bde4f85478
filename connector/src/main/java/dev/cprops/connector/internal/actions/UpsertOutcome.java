package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import java.util.List;

/**
 * What an upsert did.
 *
 * @param status created, updated or unchanged
 * @param customer the customer as stored afterwards
 * @param changed the paths that were written ({@code email}, {@code name}, {@code meta.mrr}); empty
 *     when unchanged, every given path when created
 */
public record UpsertOutcome(UpsertStatus status, Customer customer, List<String> changed) {
  public UpsertOutcome {
    changed = List.copyOf(changed);
  }
}
