package dev.cprops.mock.crm;

import dev.cprops.mock.persistence.WriteLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The CRM's companies, in memory, and durable with a data directory ({@link CrmPart}). Thread-safe:
 * every method holds the store's lock, so a batch update is applied as a whole. Every change gets a
 * last-modified time strictly greater than any before it ({@code max(now, last + 1)}), so a client
 * that follows {@code hs_lastmodifieddate} never sees two changes at the same instant; a write that
 * changes nothing keeps the old time.
 */
public final class CrmStore {
  private final LongSupplier wallClock;
  private final ReentrantLock lock = new ReentrantLock();
  private final TreeMap<Long, Company> byId = new TreeMap<>();
  private final Map<String, Long> byCustomerKey = new HashMap<>();
  private volatile WriteLog log = WriteLog.IN_MEMORY;
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
  public void replaceAll(List<Map<String, String>> companies, long start, long step) {
    replace(
        () -> {
          removeAll();
          long time = start;
          for (Map<String, String> values : companies) {
            Map<String, String> properties = withoutBlanks(values);
            requireUniqueKey(properties.get(CompanyProperties.CUSTOMER_KEY), null);
            long id = nextId++;
            put(new Company(Long.toString(id), properties, time, time));
            time += step;
          }
          lastTime = Math.max(lastTime, time);
        });
  }

  /** Removes every company; ids start again from the first. */
  public void clear() {
    replace(this::removeAll);
  }

  /** How many companies there are. */
  public int size() {
    return locked(byId::size);
  }

  /** Every company, in id order (a copy). */
  public List<Company> all() {
    return locked(() -> new ArrayList<>(byId.values()));
  }

  /**
   * The company whose {@code idProperty} ({@code hs_object_id} or {@code customer_key}) is value.
   */
  public Optional<Company> find(String idProperty, String value) {
    return locked(
        () -> {
          if (idProperty.equals(CompanyProperties.CUSTOMER_KEY)) {
            Long id = byCustomerKey.get(value);
            return id == null ? Optional.empty() : Optional.of(byId.get(id));
          }
          try {
            return Optional.ofNullable(byId.get(Long.parseLong(value)));
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
        });
  }

  /** Up to {@code limit} companies with an id greater than {@code after} (null: from the first). */
  List<Company> page(Long after, int limit) {
    return locked(
        () -> {
          Map<Long, Company> tail = after == null ? byId : byId.tailMap(after, false);
          List<Company> page = new ArrayList<>(Math.min(limit, tail.size()));
          for (Company company : tail.values()) {
            if (page.size() == limit) {
              break;
            }
            page.add(company);
          }
          return page;
        });
  }

  /**
   * Applies changes to existing companies, all or nothing: a value that would give two companies
   * the same customer key rejects the whole call. Durable when it returns.
   *
   * @return the companies after the change, in the order given
   * @throws CrmException for a duplicate customer key
   */
  List<Company> update(List<Change> changes) {
    return log.write(lock, () -> applyUpdate(changes));
  }

  // ---- the durable part (called by CrmPart) ----

  /** A company read back: created, or replacing the one with its id. */
  void restore(Company company) {
    locked(
        () -> {
          Company old = byId.get(Long.parseLong(company.id()));
          if (old != null) {
            byCustomerKey.remove(old.property(CompanyProperties.CUSTOMER_KEY));
          }
          put(company);
          nextId = Math.max(nextId, Long.parseLong(company.id()) + 1);
          lastTime = Math.max(lastTime, company.updatedAt());
          return null;
        });
  }

  long clockTime() {
    return locked(() -> lastTime);
  }

  void advanceClock(long time) {
    locked(
        () -> {
          lastTime = Math.max(lastTime, time);
          return null;
        });
  }

  void attach(WriteLog log) {
    this.log = log;
  }

  // ---- internals ----

  private List<Company> applyUpdate(List<Change> changes) {
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
      log.append(() -> CrmPart.record(next));
      byCustomerKey.remove(current.property(CompanyProperties.CUSTOMER_KEY));
      put(next);
      updated.add(next);
    }
    return updated;
  }

  private void removeAll() {
    byId.clear();
    byCustomerKey.clear();
    nextId = FIRST_ID;
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

  /** Replaces the companies wholesale: durable as one snapshot, with no other write in between. */
  private void replace(Runnable replacement) {
    log.replace(
        () ->
            locked(
                () -> {
                  replacement.run();
                  return null;
                }));
  }

  private <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
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
