package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import java.time.Clock;
import java.util.function.Function;

/**
 * {@code new_or_updated_customer}: polls for customers created or changed since the last poll, in
 * {@code updated_at} order; dedup key {@code key@updated_at}, so every version triggers once.
 */
public final class NewOrUpdatedCustomerTrigger extends CustomerPollingTrigger {

  public NewOrUpdatedCustomerTrigger(
      Function<Connection, CustomerPropertiesContext> contexts, Clock clock) {
    super(contexts, clock, true);
  }

  @Override
  String timeField() {
    return "updated_at";
  }

  @Override
  public String id() {
    return "new_or_updated_customer";
  }

  @Override
  public String title() {
    return "New or updated customer";
  }

  @Override
  public String help() {
    return "Triggers for every new customer and every change to one, oldest first, with its"
        + " property values as typed datapills. Changes made while a poll runs are picked up by"
        + " the next one; a backlog is picked up 1 000 at a time.";
  }
}
