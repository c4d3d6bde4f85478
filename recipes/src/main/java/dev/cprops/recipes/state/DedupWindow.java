package dev.cprops.recipes.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The most recent dedup keys, oldest first, bounded: adding beyond the capacity forgets the oldest.
 * Not thread-safe.
 */
public final class DedupWindow {
  /** The default number of keys kept. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final LinkedHashSet<String> keys = new LinkedHashSet<>();

  public DedupWindow(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  public boolean contains(String key) {
    return keys.contains(key);
  }

  /** Adds a key (moving it to the newest end if present), forgetting the oldest beyond capacity. */
  public void add(String key) {
    keys.remove(key);
    keys.add(key);
    Iterator<String> oldest = keys.iterator();
    while (keys.size() > capacity) {
      oldest.next();
      oldest.remove();
    }
  }

  /** The keys, oldest first. */
  public List<String> keys() {
    return new ArrayList<>(keys);
  }

  public int size() {
    return keys.size();
  }
}
