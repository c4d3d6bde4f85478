package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.client.CustomerOrder;
import dev.cprops.connector.client.CustomerQuery;
import dev.cprops.connector.internal.actions.CustomerOutput;
import dev.cprops.connector.internal.actions.CustomerRoutes;
import dev.cprops.connector.internal.fields.MetaCoercer;
import dev.cprops.connector.spi.PollResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * One poll of customers in ascending {@code created_at} or {@code updated_at} order, after a {@link
 * PollCursor}: at most {@link #MAX_EVENTS} events, oldest first, and the cursor after the last one.
 * Within a poll a customer version (key and time) is emitted once even if the server serves it
 * twice while others write.
 */
final class CustomerPoller {
  /** The most events one poll returns; {@code can_poll_more} says when more are waiting. */
  static final int MAX_EVENTS = 1000;

  private final boolean byUpdate;

  /**
   * @param byUpdate {@code true} to follow {@code updated_at} (new and changed customers), {@code
   *     false} to follow {@code created_at} (new customers)
   */
  CustomerPoller(boolean byUpdate) {
    this.byUpdate = byUpdate;
  }

  PollResult poll(CustomerRoutes routes, MetaCoercer coercer, PollCursor cursor, int maxEvents) {
    CustomerQuery.Builder query = CustomerQuery.builder().pageSize(CustomerQuery.MAX_PAGE_SIZE);
    if (byUpdate) {
      query.orderBy(CustomerOrder.UPDATED_AT).minUpdated(cursor.time());
    } else {
      query.orderBy(CustomerOrder.CREATED_AT).minCreated(cursor.time());
    }
    ToLongFunction<Customer> time = byUpdate ? Customer::updatedAt : Customer::createdAt;
    List<Map<String, Object>> events = new ArrayList<>();
    Set<String> emitted = new HashSet<>();
    long lastTime = cursor.time();
    Set<String> keysAtLast = new HashSet<>(cursor.keys());
    boolean more = false;
    Iterator<Customer> customers = routes.stream(query.build()).iterator();
    while (customers.hasNext()) {
      Customer customer = customers.next();
      long at = time.applyAsLong(customer);
      if (cursor.covers(at, customer.key()) || emitted.contains(customer.key() + "@" + at)) {
        continue;
      }
      if (events.size() == maxEvents) {
        more = true;
        break;
      }
      events.add(CustomerOutput.of(customer, coercer));
      emitted.add(customer.key() + "@" + at);
      if (at > lastTime) {
        lastTime = at;
        keysAtLast = new HashSet<>();
      }
      if (at == lastTime) {
        keysAtLast.add(customer.key());
      }
    }
    return new PollResult(events, new PollCursor(lastTime, keysAtLast).toString(), more);
  }
}
