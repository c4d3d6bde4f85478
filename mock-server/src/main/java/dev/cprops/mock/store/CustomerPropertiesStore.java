package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.persistence.DurablePart;
import dev.cprops.mock.persistence.WriteLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The mock server's state: property definitions, customers and partnerships, in memory.
 *
 * <p>Thread-safe: reads share a read lock, writes take the write lock, so every write sees the
 * latest state and no update is lost. Every write validates the whole request first and applies it
 * only when it is valid: a rejected request ({@link StoreException}) changes nothing. Every write
 * that changes something gets an {@code updated_at} (and a new item a {@code created_at}) strictly
 * greater than any before it ({@link LogicalClock}); a write that changes nothing keeps the item as
 * it was. Values are canonicalized on write ({@code values.ValueCanonicalizer}). {@link
 * StoreListener}s hear of every write that changed something, in the order of the writes.
 *
 * <p>Every write runs through a {@link WriteLog}: {@link WriteLog#IN_MEMORY} (the default) runs it
 * directly; a data directory's log ({@link #durablePart()}) records every change under the write
 * lock, and the write returns only once it is durable.
 */
public final class CustomerPropertiesStore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final LogicalClock clock;
  private final TimeOrderedIndex<PropertyDefinition> properties;
  private final Map<String, PropertyDefinition> propertiesByApiName = new HashMap<>();
  private final TimeOrderedIndex<Customer> customers;
  private final Map<String, String> customerKeysByCustomerKey = new HashMap<>();
  private final EmailIndex customersByEmail = new EmailIndex();
  private final TimeOrderedIndex<Partnership> partnerships;
  private final Map<String, Partnership> partnershipsByPartnerKey = new HashMap<>();
  private final Map<String, String> partnerKeysByApiKey = new HashMap<>();
  private volatile PropertySchema schema = PropertySchema.EMPTY;
  private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
  private volatile WriteLog writeLog = WriteLog.IN_MEMORY;
  private boolean replacing; // guarded by the write lock: seeding, not reported to listeners

  public CustomerPropertiesStore() {
    this(System::currentTimeMillis);
  }

  CustomerPropertiesStore(LongSupplier wallClock) {
    this.clock = new LogicalClock(wallClock);
    this.properties = new TimeOrderedIndex<>(wallClock);
    this.customers = new TimeOrderedIndex<>(wallClock);
    this.partnerships = new TimeOrderedIndex<>(wallClock);
  }

  /** From now on, {@code listener} hears of every write that changes something. */
  public void addListener(StoreListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  // ---- property definitions ----

  /** The active definitions, as of the last write. */
  public PropertySchema schema() {
    return schema;
  }

  /**
   * A page of definitions: for vendors all (archived ones only with {@code includeArchived}), for
   * partners the active {@code editable} and {@code read_only} ones.
   */
  public Page<PropertyDefinition> listProperties(
      PageRequest request, boolean includeArchived, boolean forPartner) {
    Predicate<PropertyDefinition> scope =
        forPartner ? d -> !d.archived() && d.access().visibleToPartners() : d -> true;
    return read(() -> properties.page(request, scope, d -> includeArchived || !d.archived()));
  }

  /** A definition by api_name, archived ones included. */
  public PropertyDefinition getProperty(String apiName) {
    return read(() -> property(apiName));
  }

  public PropertyDefinition createProperty(Map<String, Object> body) {
    return write(
        () -> {
          Problems problems = new Problems();
          PropertyDefinition draft =
              PropertyDefinitionRules.forCreate(body, propertiesByApiName.size(), problems);
          problems.throwIfAny();
          PropertyDefinition existing = propertiesByApiName.get(draft.apiName());
          if (existing != null) {
            throw StoreException.conflict(
                new FieldError(
                    "api_name",
                    ErrorCode.DUPLICATE,
                    "a property with api_name '"
                        + draft.apiName()
                        + "' already exists"
                        + (existing.archived() ? " (archived: restore it instead)" : "")));
          }
          long now = clock.next();
          return putProperty(null, draft.withTimes(now, now));
        });
  }

  /** Applies a PATCH; {@code {"archived": false}} restores an archived definition. */
  public PropertyDefinition updateProperty(String apiName, Map<String, Object> body) {
    return write(
        () -> {
          PropertyDefinition current = property(apiName);
          Problems problems = new Problems();
          PropertyDefinition updated = PropertyDefinitionRules.forUpdate(current, body, problems);
          problems.throwIfAny();
          if (updated.type() != current.type() && anyCustomerHolds(apiName)) {
            throw StoreException.conflict(
                new FieldError(
                    "type",
                    ErrorCode.TYPE_IN_USE,
                    "type of '"
                        + apiName
                        + "' cannot change from "
                        + current.type().apiName()
                        + " to "
                        + updated.type().apiName()
                        + " while customers hold values for it"));
          }
          if (updated.sameContentAs(current)) {
            return current;
          }
          return putProperty(current, updated.withTimes(current.createdAt(), clock.next()));
        });
  }

  /** Archives a definition (customers keep their values); idempotent. */
  public PropertyDefinition archiveProperty(String apiName) {
    return updateProperty(apiName, Map.of("archived", true));
  }

  // ---- customers ----

  /** A customer by customer_key or key, archived ones included. */
  public Customer getCustomer(String id) {
    return read(() -> customer(id));
  }

  /** A customer of this partner, by customer_key or key; archived ones are not found. */
  public Customer getPartnerCustomer(String partnerKey, String id) {
    return read(() -> partnerCustomer(partnerKey, id));
  }

  public Page<Customer> listCustomers(CustomerFilter filter, PageRequest request) {
    return read(() -> customerPage(filter, request, c -> true));
  }

  /** A page of this partner's active customers (the filter's partner and archive flags ignored). */
  public Page<Customer> listPartnerCustomers(
      String partnerKey, CustomerFilter filter, PageRequest request) {
    Predicate<Customer> scope = c -> c.partnerKey().equals(partnerKey) && !c.archived();
    return read(() -> customerPage(filter, request, scope));
  }

  /**
   * A page of active customers whose email, name, customer_key or key contains {@code text}
   * (case-insensitively; blank matches all): the portal's customer search. With a {@code
   * partnerKey}, only that partner's customers.
   */
  public Page<Customer> searchCustomers(String partnerKey, String text, PageRequest request) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Predicate<Customer> scope =
        c -> !c.archived() && (partnerKey == null || c.partnerKey().equals(partnerKey));
    Predicate<Customer> match =
        c ->
            needle.isEmpty()
                || contains(c.email(), needle)
                || contains(c.name(), needle)
                || contains(c.customerKey(), needle)
                || contains(c.key(), needle);
    return read(() -> customers.page(request, scope, match));
  }

  private static boolean contains(String value, String lowerCaseNeedle) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
  }

  public Customer createCustomer(Map<String, Object> body) {
    return write(
        () -> {
          Problems problems = new Problems();
          Customer draft =
              CustomerRules.forCreate(body, schema, partnershipsByPartnerKey::get, problems);
          problems.throwIfAny();
          requireUniqueCustomerKey(draft.customerKey(), null);
          long now = clock.next();
          return putCustomer(null, draft.withTimes(now, now));
        });
  }

  /** Applies a vendor's PATCH: fields sent change, {@code meta} merges key by key. */
  public Customer updateCustomer(String id, Map<String, Object> body) {
    return write(
        () -> {
          Customer current = customer(id);
          Problems problems = new Problems();
          Customer updated = CustomerRules.forUpdate(current, body, schema, problems);
          problems.throwIfAny();
          requireUniqueCustomerKey(updated.customerKey(), current.key());
          return saveIfChanged(current, updated);
        });
  }

  /** Applies a partner's PATCH ({@code meta} only, editable properties only). */
  public Customer updatePartnerCustomer(String partnerKey, String id, Map<String, Object> body) {
    return write(
        () -> {
          Customer current = partnerCustomer(partnerKey, id);
          Problems problems = new Problems();
          Customer updated = CustomerRules.forPartnerUpdate(current, body, schema, problems);
          problems.throwIfAny();
          return saveIfChanged(current, updated);
        });
  }

  /** Archives a customer (its values are kept); idempotent. */
  public Customer archiveCustomer(String id) {
    return updateCustomer(id, Map.of("archived", true));
  }

  // ---- partnerships ----

  /** Creates a partnership with a new random API key. */
  public CreatedPartnership createPartnership(Map<String, Object> body) {
    return createPartnership(body, Keys.partnerApiKey());
  }

  /**
   * Creates a partnership with a given API key: for seeding known demo partners only (the HTTP API
   * always generates the key).
   */
  public CreatedPartnership createPartnership(Map<String, Object> body, String apiKey) {
    return write(
        () -> {
          Problems problems = new Problems();
          Partnership draft = PartnershipRules.forCreate(body, problems);
          problems.throwIfAny();
          if (partnershipsByPartnerKey.containsKey(draft.partnerKey())) {
            throw StoreException.conflict(
                new FieldError(
                    "partner_key",
                    ErrorCode.DUPLICATE,
                    "a partnership with partner_key '" + draft.partnerKey() + "' already exists"));
          }
          if (partnerKeysByApiKey.containsKey(apiKey)) {
            throw new IllegalArgumentException("API key already in use");
          }
          long now = clock.next();
          Partnership partnership =
              new Partnership(
                  draft.key(), draft.partnerKey(), draft.email(), draft.name(), now, now);
          CreatedPartnership created = new CreatedPartnership(partnership, apiKey);
          log(new StoreChange.PartnershipCreated(created));
          indexPartnership(created);
          return created;
        });
  }

  public Page<Partnership> listPartnerships(PageRequest request) {
    return read(() -> partnerships.page(request, p -> true, p -> true));
  }

  /** The partner_key that an API key belongs to. */
  public Optional<String> partnerKeyForApiKey(String apiKey) {
    return read(() -> Optional.ofNullable(partnerKeysByApiKey.get(apiKey)));
  }

  // ---- lifecycle ----

  /** Removes everything. */
  public void clear() {
    replace(
        () -> {
          clearAll();
          listeners.forEach(StoreListener::contentsReplaced);
        });
  }

  /**
   * Replaces the whole state: clears it and runs {@code seeding} (which calls this store's create
   * methods) with no other request in between. The items created get back-dated times {@code
   * start}, {@code start + step}, ...; afterwards the clock follows the wall clock again.
   */
  public void replaceContents(long start, long step, Runnable seeding) {
    replace(
        () -> {
          clearAll();
          clock.backdate(start, step);
          replacing = true;
          try {
            seeding.run();
          } finally {
            replacing = false;
            clock.resume();
          }
          listeners.forEach(StoreListener::contentsReplaced);
        });
  }

  public StoreCounts counts() {
    return read(() -> new StoreCounts(properties.size(), customers.size(), partnerships.size()));
  }

  /** The wall-clock time the store uses. */
  public long wallTime() {
    return clock.wallTime();
  }

  // ---- persistence ----

  /** The store as a part of a data directory's state ({@code persistence.DurableState}). */
  public DurablePart durablePart() {
    return new StorePart(this);
  }

  /** A consistent copy of everything held. */
  public StoreState exportState() {
    return read(this::state);
  }

  /**
   * Loading is over (the time orders are sorted now); from now on every write runs through {@code
   * log}.
   */
  void attachWriteLog(WriteLog log) {
    locked(
        lock.writeLock(),
        () -> {
          properties.sortOrders();
          customers.sortOrders();
          partnerships.sortOrders();
          writeLog = log;
          return null;
        });
  }

  /**
   * Applies a change read back from disk: no validation, no write log report; the clock advances to
   * the change's time. The time orders are sorted once, when loading is over ({@link
   * #attachWriteLog}): records come in any order of time.
   */
  void apply(StoreChange change) {
    locked(
        lock.writeLock(),
        () -> {
          properties.deferOrders();
          customers.deferOrders();
          partnerships.deferOrders();
          if (change instanceof StoreChange.PropertySaved saved) {
            clock.advanceTo(saved.property().updatedAt());
            indexProperty(saved.property());
          } else if (change instanceof StoreChange.CustomerSaved saved) {
            clock.advanceTo(saved.customer().updatedAt());
            indexCustomer(customers.get(saved.customer().key()), saved.customer());
          } else if (change instanceof StoreChange.PartnershipCreated created) {
            clock.advanceTo(created.created().partnership().updatedAt());
            indexPartnership(created.created());
          }
          return null;
        });
  }

  /** The last time the store handed out. */
  long clockTime() {
    return clock.last();
  }

  /** Never hands out {@code time} or an earlier time again. */
  void advanceClock(long time) {
    clock.advanceTo(time);
  }

  // ---- internals (called with a lock held) ----

  private PropertyDefinition property(String apiName) {
    PropertyDefinition definition = propertiesByApiName.get(apiName);
    if (definition == null) {
      throw StoreException.notFound("No customer property with api_name '" + apiName + "'");
    }
    return definition;
  }

  private PropertyDefinition putProperty(PropertyDefinition old, PropertyDefinition definition) {
    log(new StoreChange.PropertySaved(definition));
    indexProperty(definition);
    if (!replacing) {
      listeners.forEach(listener -> listener.propertyWritten(old, definition));
    }
    return definition;
  }

  private PropertyDefinition indexProperty(PropertyDefinition definition) {
    properties.put(definition);
    propertiesByApiName.put(definition.apiName(), definition);
    schema = PropertySchema.of(propertiesByApiName.values());
    return definition;
  }

  private boolean anyCustomerHolds(String apiName) {
    return customers.all().stream().anyMatch(c -> c.meta().containsKey(apiName));
  }

  private Customer customer(String id) {
    String key = customerKeysByCustomerKey.get(id);
    Customer customer = customers.get(key != null ? key : id);
    if (customer == null) {
      throw StoreException.notFound("No customer with customer_key or key '" + id + "'");
    }
    return customer;
  }

  private Customer partnerCustomer(String partnerKey, String id) {
    String key = customerKeysByCustomerKey.get(id);
    Customer customer = customers.get(key != null ? key : id);
    if (customer == null || !customer.partnerKey().equals(partnerKey) || customer.archived()) {
      throw StoreException.notFound("No customer with customer_key or key '" + id + "'");
    }
    return customer;
  }

  private Page<Customer> customerPage(
      CustomerFilter filter, PageRequest request, Predicate<Customer> scope) {
    PageRequest narrowed = filter.narrow(request);
    String email = filter.normalizedEmail();
    if (email == null) {
      return customers.page(narrowed, scope, filter.predicate());
    }
    return customers.pageAmong(customersByEmail.keys(email), narrowed, scope, filter.predicate());
  }

  private void requireUniqueCustomerKey(String customerKey, String ownKey) {
    if (customerKey == null) {
      return;
    }
    String holder = customerKeysByCustomerKey.get(customerKey);
    if (holder != null && !holder.equals(ownKey)) {
      throw StoreException.conflict(
          new FieldError(
              "customer_key",
              ErrorCode.DUPLICATE,
              "a customer with customer_key '" + customerKey + "' already exists"));
    }
  }

  private Customer saveIfChanged(Customer current, Customer updated) {
    if (updated.sameContentAs(current)) {
      return current;
    }
    return putCustomer(current, updated.withTimes(current.createdAt(), clock.next()));
  }

  private Customer putCustomer(Customer old, Customer customer) {
    log(new StoreChange.CustomerSaved(customer));
    indexCustomer(old, customer);
    if (!replacing) {
      PropertySchema current = schema;
      listeners.forEach(listener -> listener.customerWritten(old, customer, current));
    }
    return customer;
  }

  /** Indexes a customer that replaces {@code old} (the same key; null for a new customer). */
  private Customer indexCustomer(Customer old, Customer customer) {
    if (old == null || !old.email().equals(customer.email())) {
      if (old != null) {
        customersByEmail.remove(old);
      }
      customersByEmail.add(customer);
    }
    if (old == null || !Objects.equals(old.customerKey(), customer.customerKey())) {
      if (old != null && old.customerKey() != null) {
        customerKeysByCustomerKey.remove(old.customerKey());
      }
      if (customer.customerKey() != null) {
        customerKeysByCustomerKey.put(customer.customerKey(), customer.key());
      }
    }
    customers.put(customer);
    return customer;
  }

  private void indexPartnership(CreatedPartnership created) {
    Partnership partnership = created.partnership();
    partnerships.put(partnership);
    partnershipsByPartnerKey.put(partnership.partnerKey(), partnership);
    partnerKeysByApiKey.put(created.apiKey(), partnership.partnerKey());
  }

  private void log(StoreChange change) {
    writeLog.append(() -> StoreRecords.encode(change));
  }

  private StoreState state() {
    Map<String, String> apiKeysByPartnerKey = new HashMap<>();
    partnerKeysByApiKey.forEach(
        (apiKey, partnerKey) -> apiKeysByPartnerKey.put(partnerKey, apiKey));
    List<CreatedPartnership> withKeys = new ArrayList<>(partnerships.size());
    for (Partnership partnership : partnerships.all()) {
      withKeys.add(
          new CreatedPartnership(partnership, apiKeysByPartnerKey.get(partnership.partnerKey())));
    }
    return new StoreState(
        clock.last(),
        new ArrayList<>(properties.all()),
        new ArrayList<>(customers.all()),
        withKeys);
  }

  private void clearAll() {
    properties.clear();
    propertiesByApiName.clear();
    customers.clear();
    customerKeysByCustomerKey.clear();
    customersByEmail.clear();
    partnerships.clear();
    partnershipsByPartnerKey.clear();
    partnerKeysByApiKey.clear();
    schema = PropertySchema.EMPTY;
  }

  private <T> T read(Supplier<T> action) {
    return locked(lock.readLock(), action);
  }

  private <T> T write(Supplier<T> action) {
    return writeLog.write(lock.writeLock(), action);
  }

  /** Replaces the whole state: durable as one snapshot, with no other write in between. */
  private void replace(Runnable replacement) {
    writeLog.replace(
        () ->
            locked(
                lock.writeLock(),
                () -> {
                  replacement.run();
                  return null;
                }));
  }

  private static <T> T locked(Lock lock, Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
