package dev.cprops.mock.store;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The recent former {@code updated_at} values of items ("ghost positions"), so that a client
 * walking a list by {@code updated_at} can resume from where an item <em>was</em> when it saw it.
 *
 * <p>Bounded twice: a former position is kept for {@link #RETENTION_MILLIS} after the write that
 * superseded it, and at most {@link #MAX_ENTRIES} are kept overall (the oldest go first). Not
 * thread-safe: the store guards it.
 */
final class FormerPositions {
  /** How long a former position is remembered after it was superseded: 15 minutes. */
  static final long RETENTION_MILLIS = 15 * 60 * 1000L;

  /** How many former positions are remembered at most, over all items. */
  static final int MAX_ENTRIES = 200_000;

  /** A former position; {@code ofKey} is the queue of its key's ghosts, which holds it. */
  private static final class Ghost {
    private final String key;
    private final long formerUpdatedAt;
    private final long supersededAt;
    private final ArrayDeque<Ghost> ofKey;

    Ghost(String key, long formerUpdatedAt, long supersededAt, ArrayDeque<Ghost> ofKey) {
      this.key = key;
      this.formerUpdatedAt = formerUpdatedAt;
      this.supersededAt = supersededAt;
      this.ofKey = ofKey;
    }
  }

  private final Map<String, ArrayDeque<Ghost>> byKey = new HashMap<>();
  private final ArrayDeque<Ghost> bySupersededAt = new ArrayDeque<>();

  void remember(String key, long formerUpdatedAt, long now) {
    forgetExpired(now);
    ArrayDeque<Ghost> ofKey = byKey.computeIfAbsent(key, k -> new ArrayDeque<>());
    Ghost ghost = new Ghost(key, formerUpdatedAt, now, ofKey);
    ofKey.addLast(ghost);
    bySupersededAt.addLast(ghost);
    if (bySupersededAt.size() > MAX_ENTRIES) {
      forgetOldest();
    }
  }

  /** The earliest former position of {@code key} still remembered at {@code now}. */
  OptionalLong earliest(String key, long now) {
    ArrayDeque<Ghost> ghosts = byKey.get(key);
    if (ghosts != null) {
      for (Ghost ghost : ghosts) {
        if (ghost.supersededAt >= now - RETENTION_MILLIS) {
          return OptionalLong.of(ghost.formerUpdatedAt);
        }
      }
    }
    return OptionalLong.empty();
  }

  int size() {
    return bySupersededAt.size();
  }

  void clear() {
    byKey.clear();
    bySupersededAt.clear();
  }

  private void forgetExpired(long now) {
    while (!bySupersededAt.isEmpty()
        && bySupersededAt.peekFirst().supersededAt < now - RETENTION_MILLIS) {
      forgetOldest();
    }
  }

  private void forgetOldest() {
    Ghost oldest = bySupersededAt.removeFirst();
    oldest.ofKey.removeFirst();
    if (oldest.ofKey.isEmpty()) {
      byKey.remove(oldest.key);
    }
  }
}
