package dev.cprops.connector.internal.triggers;

import dev.cprops.connector.spi.AuthException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the signatures of notifications accepted within the timestamp tolerance, and rejects
 * one that arrives again: a replayed request. A signature older than the tolerance needs no memory
 * (its timestamp check fails), so at most one window of signatures is kept. Signatures, not event
 * keys, are remembered: the API re-signs each delivery attempt, so a genuine retry of an event the
 * platform failed to handle gets through (the platform's dedup key drops true duplicates), while a
 * byte-for-byte replay does not. Thread-safe.
 */
final class ReplayGuard {
  private record Seen(String signature, Instant expires) {}

  private final Duration window;
  private final ArrayDeque<Seen> order = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();

  ReplayGuard(Duration window) {
    this.window = window;
  }

  /**
   * Records an accepted notification's signature.
   *
   * @throws AuthException if it was accepted before
   */
  synchronized void accept(WebhookSignature signature, Instant now) {
    while (!order.isEmpty() && order.peekFirst().expires().isBefore(now)) {
      seen.remove(order.removeFirst().signature());
    }
    String id = signature.timestamp().getEpochSecond() + ":" + signature.signatures().get(0);
    if (!seen.add(id)) {
      throw new AuthException(
          401, "webhook rejected: this notification was already received (a replay)");
    }
    order.addLast(new Seen(id, signature.timestamp().plus(window)));
  }

  synchronized int size() {
    return seen.size();
  }
}
