package dev.cprops.mock.webhooks;

import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.PropertySchema;
import java.util.Map;

/**
 * The resources as the vendor API returns them, for the {@code data} of events: plain maps and
 * lists that {@code json.JsonValueWriter} writes. Supplied by the API, so that an event shows
 * exactly what a GET would.
 */
public interface ResourceViews {
  /** A customer as a vendor's GET returns it, {@code fields} included. */
  Map<String, Object> customer(Customer customer, PropertySchema schema);

  /** A property definition as a vendor's GET returns it. */
  Map<String, Object> property(PropertyDefinition definition);
}
