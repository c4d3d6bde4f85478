package dev.cprops.mock.store;

import java.util.Map;
import java.util.Objects;

/**
 * A customer, immutable: every change stores a new instance. {@code meta} maps property api_names
 * to canonical values (String, Boolean or BigDecimal); it also keeps the values of archived
 * properties, so restoring a property brings them back. Nullable: customerKey, name, providerKey.
 */
public record Customer(
    String key,
    String customerKey,
    String email,
    String name,
    String partnerKey,
    String partnershipKey,
    String providerKey,
    boolean test,
    boolean archived,
    long createdAt,
    long updatedAt,
    Map<String, Object> meta)
    implements Timestamped {

  public Customer {
    meta = Map.copyOf(meta);
  }

  boolean sameContentAs(Customer other) {
    return Objects.equals(customerKey, other.customerKey)
        && email.equals(other.email)
        && Objects.equals(name, other.name)
        && partnerKey.equals(other.partnerKey)
        && Objects.equals(providerKey, other.providerKey)
        && test == other.test
        && archived == other.archived
        && meta.equals(other.meta);
  }

  Customer withTimes(long createdAt, long updatedAt) {
    return new Customer(
        key,
        customerKey,
        email,
        name,
        partnerKey,
        partnershipKey,
        providerKey,
        test,
        archived,
        createdAt,
        updatedAt,
        meta);
  }
}
