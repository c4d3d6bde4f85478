package dev.cprops.mock.adminclient;

import java.util.Map;

/**
 * What a mock server holds, as {@code GET /__admin/customer-properties/stats} counts it.
 *
 * @param properties property definitions
 * @param customers customers
 * @param partnerships partnerships
 * @param webhooks webhook subscriptions
 * @param deliveriesPending webhook deliveries still to be made
 * @param deliveriesSucceeded webhook deliveries answered 2xx
 * @param deliveriesFailed webhook deliveries that gave up
 * @param crmCompanies companies in the demo CRM
 * @param requestsServed API requests served since start
 */
public record Stats(
    long properties,
    long customers,
    long partnerships,
    long webhooks,
    long deliveriesPending,
    long deliveriesSucceeded,
    long deliveriesFailed,
    long crmCompanies,
    long requestsServed) {

  static Stats of(Map<String, Object> data) {
    return new Stats(
        count(data, "properties"),
        count(data, "customers"),
        count(data, "partnerships"),
        count(data, "webhooks"),
        count(data, "webhook_deliveries_pending"),
        count(data, "webhook_deliveries_succeeded"),
        count(data, "webhook_deliveries_failed"),
        count(data, "crm_companies"),
        count(data, "requests_served"));
  }

  private static long count(Map<String, Object> data, String name) {
    Object value = data.get(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("the stats have no count '" + name + "': " + data);
    }
    return number.longValue();
  }
}
