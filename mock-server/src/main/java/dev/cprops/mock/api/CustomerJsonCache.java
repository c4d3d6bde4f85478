package dev.cprops.mock.api;

import dev.cprops.mock.json.RawJson;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.PropertySchema;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Single customers as JSON in one view (the vendor's or a partner's, with {@code fields}), rendered
 * once per customer version and schema and then reused: a GET of a customer that has not changed
 * copies its JSON instead of building and writing it again.
 *
 * <p>Exact: {@link Customer} and {@link PropertySchema} are immutable, and the store makes a new
 * instance of the one or the other for every change (a write that changes nothing keeps the
 * instance, and the JSON stays right). An entry is used only for the very two instances it was
 * rendered from, so every write path (the vendor and partner APIs, seeding, reset, recovery from
 * disk) and every property change leads to a fresh rendering, never to a stale one.
 *
 * <p>Bounded: renderings longer than {@value #MAX_CHARS} chars are not kept, and the entries kept
 * hold at most {@code maxCharsHeld} chars in all ({@value #DEFAULT_MAX_CHARS_HELD} by default: at
 * most 8 MiB for ASCII JSON; about 3 500 demo customers). Once a rendering would pass that, the
 * cache starts afresh with only that one. (Replacing an entry counts its new chars without taking
 * the old ones off, so a cache of often-changing customers starts afresh sooner.) An entry also
 * holds on to the customer version it was rendered from.
 *
 * <p>Thread-safe without locks: entries are immutable; two threads that render the same customer at
 * once both render it, and one of the two entries stays.
 */
final class CustomerJsonCache {
  static final int MAX_CHARS = 64 * 1024;
  static final long DEFAULT_MAX_CHARS_HELD = 8L * 1024 * 1024;

  private record Entry(Customer customer, PropertySchema schema, RawJson json) {}

  /** The entries since the cache last started afresh, and the chars they were given. */
  private record Generation(ConcurrentHashMap<String, Entry> entries, AtomicLong chars) {
    Generation() {
      this(new ConcurrentHashMap<>(), new AtomicLong());
    }
  }

  private final boolean forPartner;
  private final long maxCharsHeld;
  private final AtomicLong renderings = new AtomicLong();
  private volatile Generation current = new Generation();
  private volatile CustomerJson writer;

  /**
   * @param forPartner the partner's view (only {@code editable} and {@code read_only} properties),
   *     else the vendor's
   */
  CustomerJsonCache(boolean forPartner) {
    this(forPartner, DEFAULT_MAX_CHARS_HELD);
  }

  CustomerJsonCache(boolean forPartner, long maxCharsHeld) {
    this.forPartner = forPartner;
    this.maxCharsHeld = maxCharsHeld;
  }

  /**
   * The customer as {@link Representations#customer} represents it with {@code fields}, written by
   * a {@link CustomerJson} for the schema (made again when the schema changes).
   */
  RawJson json(Customer customer, PropertySchema schema) {
    Generation generation = current;
    Entry entry = generation.entries.get(customer.key());
    if (entry != null && entry.customer == customer && entry.schema == schema) {
      return entry.json;
    }
    RawJson json = new RawJson(writer(schema).write(customer));
    renderings.incrementAndGet();
    int length = json.json().length();
    if (length <= Math.min(MAX_CHARS, maxCharsHeld)) {
      Entry fresh = new Entry(customer, schema, json);
      if (generation.chars.addAndGet(length) <= maxCharsHeld) {
        generation.entries.put(customer.key(), fresh);
      } else {
        Generation next = new Generation();
        next.chars.set(length);
        next.entries.put(customer.key(), fresh);
        current = next;
      }
    }
    return json;
  }

  private CustomerJson writer(PropertySchema schema) {
    CustomerJson current = writer;
    if (current == null || !current.writesWith(schema)) {
      current = new CustomerJson(schema, forPartner);
      writer = current;
    }
    return current;
  }

  /** How many times a customer was rendered (not found in the cache) so far. */
  long renderings() {
    return renderings.get();
  }

  /** The chars held by the entries kept now (at most {@code maxCharsHeld}). */
  long charsHeld() {
    long chars = 0;
    for (Entry entry : current.entries.values()) {
      chars += entry.json.json().length();
    }
    return chars;
  }
}
