package dev.cprops.mock.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values in order of their position, (time, key) (ties by key), in parallel arrays: the order of a
 * {@link TimeOrderedIndex}. The store's clock only moves forward, so a new or updated item almost
 * always goes after the last position: adding there is O(1). Removing is O(1) too: the entry
 * becomes a hole (its position stays, so the arrays stay sorted), found by the index that the
 * {@link Placement} was told; holes are squeezed out in one pass once they outnumber the values.
 * Adding before the last position shifts the entries after it (O(n)); for many items in any order,
 * {@link #addAll} sorts them first. A walk over a range finds its ends by binary search and reads
 * the arrays in order: no tree of nodes to chase through memory, under the store's lock.
 *
 * <p>Not thread-safe: the store guards it with its lock.
 */
final class TimeLog<V> {
  /** Told the index of a value whenever it gets one: when added, shifted or squeezed. */
  interface Placement<V> {
    void place(V value, int index);
  }

  private static final int MIN_HOLES_TO_SQUEEZE = 64;
  private static final int INITIAL_CAPACITY = 16;

  private final Placement<V> placement;
  private long[] times;
  private String[] keys;
  private Object[] values;

  /** Entries in use, holes included. */
  private int size;

  private int holes;

  TimeLog(Placement<V> placement) {
    this.placement = placement;
    clear();
  }

  /** A log for a walk only: its values are not told their indexes. */
  static <V> TimeLog<V> unplaced() {
    return new TimeLog<>((value, index) -> {});
  }

  void clear() {
    times = new long[INITIAL_CAPACITY];
    keys = new String[INITIAL_CAPACITY];
    values = new Object[INITIAL_CAPACITY];
    size = 0;
    holes = 0;
  }

  /** The entries in use, holes included: indexes run from 0 to this, exclusive. */
  int size() {
    return size;
  }

  /** How many values it holds. */
  int count() {
    return size - holes;
  }

  /** The value at {@code index}, or null for a hole. */
  @SuppressWarnings("unchecked")
  V valueAt(int index) {
    return (V) values[index];
  }

  /**
   * Adds a value at its position: O(1) after the last position, else the entries after it shift.
   */
  void add(long time, String key, V value) {
    int at = size == 0 || compare(time, key, size - 1) > 0 ? size : indexOf(time, key, true);
    ensureCapacity(size + 1);
    if (at < size) {
      System.arraycopy(times, at, times, at + 1, size - at);
      System.arraycopy(keys, at, keys, at + 1, size - at);
      System.arraycopy(values, at, values, at + 1, size - at);
      for (int i = at + 1; i <= size; i++) {
        if (values[i] != null) {
          placement.place(valueAt(i), i);
        }
      }
    }
    times[at] = time;
    keys[at] = key;
    values[at] = value;
    size++;
    placement.place(value, at);
  }

  /**
   * Adds values in any order, sorted by their positions first: O(n log n) for any n. Into an empty
   * log, for loading.
   *
   * @throws IllegalStateException when the log holds values already
   */
  void addAll(Collection<V> added, ToLongFunction<V> timeOf, Function<V, String> keyOf) {
    if (size > 0) {
      throw new IllegalStateException("addAll needs an empty log");
    }
    List<V> sorted = new ArrayList<>(added);
    sorted.sort(Comparator.comparingLong(timeOf).thenComparing(keyOf));
    ensureCapacity(sorted.size());
    for (V value : sorted) {
      times[size] = timeOf.applyAsLong(value);
      keys[size] = keyOf.apply(value);
      values[size] = value;
      placement.place(value, size);
      size++;
    }
  }

  /** Removes the value at {@code index}, where it was last placed. */
  void remove(int index) {
    if (values[index] == null) {
      throw new IllegalStateException("no value at " + index);
    }
    values[index] = null;
    holes++;
    while (size > 0 && values[size - 1] == null) {
      size--;
      holes--;
      keys[size] = null;
    }
    if (holes >= MIN_HOLES_TO_SQUEEZE && holes > size / 2) {
      squeeze();
    }
  }

  /**
   * The first index whose position is after (time, key), or at or after it when {@code after} is
   * false; {@link #size()} when there is none.
   */
  int indexOf(long time, String key, boolean after) {
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      int cmp = compare(time, key, middle);
      if (cmp > 0 || (after && cmp == 0)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Compares the position (time, key) with the entry's at {@code index}. */
  private int compare(long time, String key, int index) {
    int byTime = Long.compare(time, times[index]);
    return byTime != 0 ? byTime : key.compareTo(keys[index]);
  }

  private void squeeze() {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (values[i] != null) {
        times[kept] = times[i];
        keys[kept] = keys[i];
        values[kept] = values[i];
        placement.place(valueAt(kept), kept);
        kept++;
      }
    }
    Arrays.fill(keys, kept, size, null);
    Arrays.fill(values, kept, size, null);
    size = kept;
    holes = 0;
  }

  private void ensureCapacity(int capacity) {
    if (capacity > values.length) {
      int grown = Math.max(capacity, values.length + (values.length >> 1));
      times = Arrays.copyOf(times, grown);
      keys = Arrays.copyOf(keys, grown);
      values = Arrays.copyOf(values, grown);
    }
  }
}
