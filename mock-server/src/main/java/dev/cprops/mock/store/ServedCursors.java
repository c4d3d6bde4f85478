package dev.cprops.mock.store;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Which version ({@code updated_at}) of an item was last handed out as the cursor item of a page
 * (the last item, or the first when walking backwards), so that a {@code starting_after} naming
 * that item resumes from where the client saw it. An entry is used once: taking it removes every
 * entry of the item, so a walker that comes back to the same item later (after it changed again)
 * resumes from the version it saw then, instead of looping back. Bounded like {@link
 * FormerPositions}. Thread-safe: pages are served concurrently under the store's read lock.
 */
final class ServedCursors {
  private record Served(String key, long updatedAt, long servedAt) {}

  private final Map<String, ArrayDeque<Served>> byKey = new HashMap<>();
  private final ArrayDeque<Served> byServedAt = new ArrayDeque<>();

  synchronized void record(String key, long updatedAt, long now) {
    forgetExpired(now);
    Served served = new Served(key, updatedAt, now);
    byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(served);
    byServedAt.addLast(served);
    if (byServedAt.size() > FormerPositions.MAX_ENTRIES) {
      forgetOldest();
    }
  }

  /** The earliest version of {@code key} served as a cursor and still remembered; forgets them. */
  synchronized OptionalLong take(String key, long now) {
    forgetExpired(now);
    ArrayDeque<Served> served = byKey.remove(key);
    if (served == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(served.stream().mapToLong(Served::updatedAt).min().orElseThrow());
  }

  synchronized void clear() {
    byKey.clear();
    byServedAt.clear();
  }

  private void forgetExpired(long now) {
    while (!byServedAt.isEmpty()
        && byServedAt.peekFirst().servedAt < now - FormerPositions.RETENTION_MILLIS) {
      forgetOldest();
    }
  }

  private void forgetOldest() {
    Served oldest = byServedAt.removeFirst();
    ArrayDeque<Served> served = byKey.get(oldest.key);
    if (served != null && served.peekFirst() == oldest) {
      served.removeFirst();
      if (served.isEmpty()) {
        byKey.remove(oldest.key);
      }
    }
  }
}
