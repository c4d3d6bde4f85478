package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.internal.context.CustomerPropertiesContext;
import dev.cprops.connector.spi.Connection;
import java.time.Clock;
import java.util.function.Function;

/**
 * {@code new_customer}: polls for customers created since the last poll, oldest first; dedup key
 * {@code key@created_at}.
 */
public final class NewCustomerTrigger extends CustomerPollingTrigger {

  public NewCustomerTrigger(Function<Connection, CustomerPropertiesContext> contexts, Clock clock) {
    super(contexts, clock, false);
  }

  @Override
  String timeField() {
    return "created_at";
  }

  @Override
  public String id() {
    return "new_customer";
  }

  @Override
  public String title() {
    return "New customer";
  }

  @Override
  public String help() {
    return "Triggers once for every new customer, oldest first, with its property values as typed"
        + " datapills. A backlog is picked up 1 000 at a time.";
  }
}
