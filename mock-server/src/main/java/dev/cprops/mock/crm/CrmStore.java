package dev.cprops.mock.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The CRM's companies, in memory. Thread-safe: every method holds the store's lock, so a batch
 * update is applied as a whole. Every change gets a last-modified time strictly greater than any
 * before it ({@code max(now, last + 1)}), so a client that follows {@code hs_lastmodifieddate}
 * never sees two changes at the same instant; a write that changes nothing keeps the old time.
 */
public final class CrmStore {
  private final LongSupplier wallClock;
  private final TreeMap<Long, Company> byId = new TreeMap<>();
  private final Map<String, Long> byCustomerKey = new HashMap<>();
  private long nextId = FIRST_ID;
  private long lastTime;

  static final long FIRST_ID = 1001;

  public CrmStore() {
    this(System::currentTimeMillis);
  }

  CrmStore(LongSupplier wallClock) {
    this.wallClock = wallClock;
  }

  /** A single company's change: the values to set ({@code null} clears one). */
  record Change(Company company, Map<String, String> values) {}

  /**
   * Replaces every company with new ones made of {@code companies} (property values by name),
   * created and modified at {@code start}, {@code start + step}, ... (back-dated seeding).
   */
  public synchronized void replaceAll(List<Map<String, String>> companies, long start, long step) {
    clear();
    long time = start;
    for (Map<String, String> values : companies) {
      Map<String, String> properties = withoutBlanks(values);
      requireUniqueKey(properties.get(CompanyProperties.CUSTOMER_KEY), null);
      long id = nextId++;
      put(new Company(Long.toString(id), properties, time, time));
      time += step;
    }
    lastTime = Math.max(lastTime, time);
  }

  /** Removes every company; ids start again from the first. */
  public synchronized void clear() {
    byId.clear();
    byCustomerKey.clear();
    nextId = FIRST_ID;
  }

  /** How many companies there are. */
  public synchronized int size() {
    return byId.size();
  }

  /** Every company, in id order (a copy). */
  public synchronized List<Company> all() {
    return new ArrayList<>(byId.values());
  }

  /**
   * The company whose {@code idProperty} ({@code hs_object_id} or {@code customer_key}) is value.
   */
  public synchronized Optional<Company> find(String idProperty, String value) {
    if (idProperty.equals(CompanyProperties.CUSTOMER_KEY)) {
      Long id = byCustomerKey.get(value);
      return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }
    try {
      return Optional.ofNullable(byId.get(Long.parseLong(value)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Up to {@code limit} companies with an id greater than {@code after} (null: from the first). */
  synchronized List<Company> page(Long after, int limit) {
    Map<Long, Company> tail = after == null ? byId : byId.tailMap(after, false);
    List<Company> page = new ArrayList<>(Math.min(limit, tail.size()));
    for (Company company : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(company);
    }
    return page;
  }

  /**
   * Applies changes to existing companies, all or nothing: a value that would give two companies
   * the same customer key rejects the whole call.
   *
   * @return the companies after the change, in the order given
   * @throws CrmException for a duplicate customer key
   */
  synchronized List<Company> update(List<Change> changes) {
    Map<String, String> claimed = new HashMap<>();
    for (Change change : changes) {
      if (change.values().containsKey(CompanyProperties.CUSTOMER_KEY)) {
        String key = change.values().get(CompanyProperties.CUSTOMER_KEY);
        requireUniqueKey(key, change.company().id());
        String earlier = key == null ? null : claimed.putIfAbsent(key, change.company().id());
        if (earlier != null && !earlier.equals(change.company().id())) {
          throw CrmException.validation("customer_key '" + key + "' is given to two companies");
        }
      }
    }
    List<Company> updated = new ArrayList<>(changes.size());
    for (Change change : changes) {
      Company current = byId.get(Long.parseLong(change.company().id()));
      Map<String, String> properties = new TreeMap<>(current.properties());
      change
          .values()
          .forEach(
              (name, value) -> {
                if (value == null || value.isEmpty()) {
                  properties.remove(name);
                } else {
                  properties.put(name, value);
                }
              });
      if (properties.equals(current.properties())) {
        updated.add(current);
        continue;
      }
      lastTime = Math.max(wallClock.getAsLong(), lastTime + 1);
      Company next = new Company(current.id(), properties, current.createdAt(), lastTime);
      byCustomerKey.remove(current.property(CompanyProperties.CUSTOMER_KEY));
      put(next);
      updated.add(next);
    }
    return updated;
  }

  private void put(Company company) {
    long id = Long.parseLong(company.id());
    byId.put(id, company);
    String key = company.property(CompanyProperties.CUSTOMER_KEY);
    if (key != null) {
      byCustomerKey.put(key, id);
    }
  }

  private void requireUniqueKey(String key, String exceptId) {
    if (key == null || key.isEmpty()) {
      return;
    }
    Long holder = byCustomerKey.get(key);
    if (holder != null && !holder.toString().equals(exceptId)) {
      throw CrmException.validation(
          "customer_key '" + key + "' already belongs to company " + holder);
    }
  }

  private static Map<String, String> withoutBlanks(Map<String, String> values) {
    Map<String, String> properties = new TreeMap<>();
    values.forEach(
        (name, value) -> {
          if (value != null && !value.isEmpty()) {
            properties.put(name, value);
          }
        });
    return properties;
  }
}
