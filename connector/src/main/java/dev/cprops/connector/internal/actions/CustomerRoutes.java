package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.client.CustomerPropertiesClient;
import dev.cprops.connector.client.CustomerQuery;
import dev.cprops.connector.client.CustomerUpdate;
import dev.cprops.connector.client.NewCustomer;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The customer calls of one connection, on the vendor routes or the partner routes as its
 * credentials require, each one after the {@link RequestGate}. A partner may read its own customers
 * and change their {@code editable} property values; creating and archiving need the vendor API.
 * Thread-safe.
 */
public final class CustomerRoutes {
  private final CustomerPropertiesClient client;
  private final RequestGate gate;

  public CustomerRoutes(CustomerPropertiesClient client, RequestGate gate) {
    this.client = client;
    this.gate = gate;
  }

  public CustomerRoutes(CustomerPropertiesClient client) {
    this(client, RequestGate.OPEN);
  }

  public boolean partner() {
    return client.isPartner();
  }

  /** The customer with that {@code customer_key} or internal key, or empty on 404. */
  public Optional<Customer> find(String id) {
    try {
      return Optional.of(get(id));
    } catch (ApiException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The customer with that {@code customer_key} or internal key. */
  public Customer get(String id) {
    pass();
    return partner() ? client.getPartnerCustomer(id) : client.getCustomer(id);
  }

  /** Up to {@code max} customers with that email (exact, any case). */
  public List<Customer> byEmail(String email, int max) {
    return stream(CustomerQuery.builder().email(email).pageSize(max).build()).limit(max).toList();
  }

  /** The customers matching a query, lazily; each page request passes the gate. */
  public Stream<Customer> stream(CustomerQuery query) {
    pass();
    return partner() ? client.streamPartnerCustomers(query) : client.streamCustomers(query);
  }

  /**
   * Changes a customer: email and name only on a vendor connection (a partner may change property
   * values only); {@code meta} merges key by key and {@code null} clears.
   */
  public Customer update(String id, String email, String name, Map<String, Object> meta) {
    pass();
    if (partner()) {
      return client.updatePartnerCustomer(id, meta);
    }
    return client.updateCustomer(id, new CustomerUpdate(email, name, meta));
  }

  /** Creates a customer (vendor connections only). */
  public Customer create(NewCustomer customer) {
    requireVendor("Creating customers");
    pass();
    return client.createCustomer(customer);
  }

  /** Archives a customer (vendor connections only). */
  public void archive(String id) {
    requireVendor("Archiving customers");
    pass();
    client.archiveCustomer(id);
  }

  /**
   * @throws InputException naming the connection's authentication type when it is a partner's
   */
  public void requireVendor(String what) {
    requireVendor(client, what);
  }

  /**
   * @throws InputException naming the connection's authentication type when it is a partner's
   */
  public static void requireVendor(CustomerPropertiesClient client, String what) {
    if (client.isPartner()) {
      throw new InputException(
          "auth_type",
          "partner",
          "a vendor connection: " + what + " needs the vendor API (public and secret key)");
    }
  }

  private void pass() {
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("interrupted while waiting for the rate limit", e);
    }
  }
}
