package dev.cprops.mock.webhooks;

import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.PageRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The newest delivery attempts of one webhook, oldest first, at most a fixed number. */
final class DeliveryHistory {
  private final int limit;
  private final ArrayDeque<DeliveryAttempt> attempts = new ArrayDeque<>();
  private long lastTime;

  DeliveryHistory(int limit) {
    this.limit = limit;
  }

  /**
   * Records an attempt, forgetting the oldest beyond the limit. Times never go backwards, so the
   * recording order is the {@code created_at} order.
   */
  synchronized void record(DeliveryAttempt attempt) {
    long time = Math.max(attempt.createdAt(), lastTime);
    lastTime = time;
    attempts.addLast(
        time == attempt.createdAt()
            ? attempt
            : new DeliveryAttempt(
                attempt.key(),
                attempt.webhookKey(),
                attempt.event(),
                attempt.eventKey(),
                attempt.attempt(),
                attempt.target(),
                attempt.statusCode(),
                attempt.error(),
                attempt.durationMs(),
                attempt.succeeded(),
                attempt.nextAttemptAt(),
                time));
    while (attempts.size() > limit) {
      attempts.removeFirst();
    }
  }

  /** A page of the attempts (of one event, when {@code eventKey} is not null). */
  synchronized Page<DeliveryAttempt> page(PageRequest request, String eventKey) {
    List<DeliveryAttempt> matching = new ArrayList<>(attempts.size());
    for (DeliveryAttempt attempt : attempts) {
      if (eventKey == null || attempt.eventKey().equals(eventKey)) {
        matching.add(attempt);
      }
    }
    return ListPages.page(matching, DeliveryAttempt::key, request);
  }
}
