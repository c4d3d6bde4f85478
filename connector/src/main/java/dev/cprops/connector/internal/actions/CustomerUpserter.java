package dev.cprops.connector.internal.actions;

import dev.cprops.connector.client.Customer;
import dev.cprops.connector.client.NewCustomer;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a customer or brings an existing one up to date, writing only what differs.
 *
 * <ol>
 *   <li>Finds the existing customer by {@code customer_key} ({@code GET /customers/{key}}) or by
 *       email ({@code GET /customers?email=}; several matches fail the record).
 *   <li>Found: compares each given value with the stored one in canonical terms ({@link
 *       CanonicalValues}) and {@code PATCH}es only the differences; nothing differs: no write.
 *   <li>Not found: creates it (vendor connections; a partner cannot create customers). A create
 *       that meets {@code 409} lost a race with another upsert of the same {@code customer_key}:
 *       the winner is read back and updated as above, so two racing upserts end in one customer.
 * </ol>
 *
 * <p>That is {@link UpsertOrder#LOOKUP_FIRST}. With {@link UpsertOrder#CREATE_FIRST} (matching by
 * {@code customer_key} on a vendor connection, for a record that can be created) the create comes
 * first, and its {@code 409} leads to the read and compare of step 2; a create rejected as invalid
 * ({@code 400}) is looked up too, since an update of an existing customer may still be valid.
 * Either order gives the same state and the same statuses, with one exception under faults: a
 * create-first whose answer was lost, of a customer that already held exactly those values, reports
 * {@code created} although nothing was written either way. A create whose answer was lost is never
 * sent twice as a new customer: the client reconciles its retry's {@code 409} by reading the record
 * back.
 *
 * <p>Thread-safe.
 */
public final class CustomerUpserter {
  private final CustomerRoutes routes;
  private final Map<String, PropertyType> types;

  /**
   * @param routes the connection's customer calls
   * @param types the type of each live property, for canonical comparison
   */
  public CustomerUpserter(CustomerRoutes routes, Map<String, PropertyType> types) {
    this.routes = routes;
    this.types = Map.copyOf(types);
  }

  /**
   * Upserts one customer, looking it up first.
   *
   * @throws InputException when the record lacks what matching or creating needs
   * @throws dev.cprops.connector.spi.ConnectorException when a call fails
   */
  public UpsertOutcome upsert(MatchBy matchBy, UpsertRequest request) {
    return upsert(matchBy, request, UpsertOrder.LOOKUP_FIRST);
  }

  /**
   * Upserts one customer, trying the given order's request first where that order applies.
   *
   * @throws InputException when the record lacks what matching or creating needs
   * @throws dev.cprops.connector.spi.ConnectorException when a call fails
   */
  public UpsertOutcome upsert(MatchBy matchBy, UpsertRequest request, UpsertOrder order) {
    if (order == UpsertOrder.CREATE_FIRST && canCreateFirst(matchBy, request)) {
      return createFirst(request);
    }
    Optional<Customer> existing = find(matchBy, request);
    if (existing.isPresent()) {
      return reconcile(existing.get(), request);
    }
    if (routes.partner()) {
      String field = matchBy == MatchBy.EMAIL ? "email" : "customer_key";
      String value = matchBy == MatchBy.EMAIL ? request.email() : request.customerKey();
      throw new InputException(
          field,
          value,
          "a customer of this partner; none matched, and a partner connection cannot create"
              + " customers");
    }
    if (request.email() == null) {
      throw new InputException("email", null, "an email address to create the customer with");
    }
    if (request.partnerKey() == null) {
      throw new InputException(
          "partner_key", null, "the partner_key of the partner the new customer belongs to");
    }
    return create(request);
  }

  private boolean canCreateFirst(MatchBy matchBy, UpsertRequest request) {
    return matchBy == MatchBy.CUSTOMER_KEY
        && !routes.partner()
        && request.customerKey() != null
        && request.email() != null
        && request.partnerKey() != null;
  }

  private UpsertOutcome createFirst(UpsertRequest request) {
    try {
      return create(request);
    } catch (ApiException e) {
      if (e.status() == 400) {
        Optional<Customer> existing = routes.find(request.customerKey());
        if (existing.isPresent()) {
          return reconcile(existing.get(), request);
        }
      }
      throw e;
    }
  }

  /** Creates the customer; a {@code 409} on its {@code customer_key} updates the one stored. */
  private UpsertOutcome create(UpsertRequest request) {
    Map<String, Object> meta = new LinkedHashMap<>();
    request
        .meta()
        .forEach(
            (k, v) -> {
              if (v != null) {
                meta.put(k, v);
              }
            });
    try {
      Customer created =
          routes.create(
              new NewCustomer(
                  request.email(),
                  request.partnerKey(),
                  request.customerKey(),
                  request.name(),
                  meta));
      return new UpsertOutcome(UpsertStatus.CREATED, created, createdPaths(request, meta));
    } catch (ApiException e) {
      if (e.status() == 409 && request.customerKey() != null) {
        return reconcile(routes.get(request.customerKey()), request);
      }
      throw e;
    }
  }

  private Optional<Customer> find(MatchBy matchBy, UpsertRequest request) {
    if (matchBy == MatchBy.CUSTOMER_KEY) {
      if (request.customerKey() == null) {
        throw new InputException("customer_key", null, "a customer_key to match the customer by");
      }
      return routes.find(request.customerKey());
    }
    if (request.email() == null) {
      throw new InputException("email", null, "an email address to match the customer by");
    }
    List<Customer> found = routes.byEmail(request.email(), 2);
    if (found.size() > 1) {
      throw new InputException(
          "email",
          request.email(),
          "an email that matches one customer; it matches several ("
              + found.get(0).key()
              + ", "
              + found.get(1).key()
              + "); match by customer_key instead");
    }
    return found.stream().findFirst();
  }

  private UpsertOutcome reconcile(Customer existing, UpsertRequest request) {
    Map<String, Object> changes = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    request
        .meta()
        .forEach(
            (apiName, value) -> {
              PropertyType type = types.getOrDefault(apiName, PropertyType.INPUT);
              if (!CanonicalValues.same(type, value, existing.meta().get(apiName))) {
                changes.put(apiName, value);
                changed.add(PropertyFields.META + "." + apiName);
              }
            });
    String email = null;
    String name = null;
    if (!routes.partner()) {
      if (request.email() != null
          && !CanonicalValues.sameEmail(request.email(), existing.email())) {
        email = request.email();
        changed.add(0, "email");
      }
      if (request.name() != null && !Objects.equals(request.name(), existing.name())) {
        name = request.name();
        changed.add(email == null ? 0 : 1, "name");
      }
    }
    if (changed.isEmpty()) {
      return new UpsertOutcome(UpsertStatus.UNCHANGED, existing, List.of());
    }
    Customer updated = routes.update(existing.key(), email, name, changes);
    return new UpsertOutcome(UpsertStatus.UPDATED, updated, changed);
  }

  private static List<String> createdPaths(UpsertRequest request, Map<String, Object> meta) {
    List<String> paths = new ArrayList<>();
    paths.add("email");
    if (request.name() != null) {
      paths.add("name");
    }
    meta.keySet().forEach(k -> paths.add(PropertyFields.META + "." + k));
    return paths;
  }
}
