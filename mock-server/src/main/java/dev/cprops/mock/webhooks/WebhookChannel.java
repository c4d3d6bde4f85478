package dev.cprops.mock.webhooks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The delivery queue of one webhook.
 *
 * <p>Events wait in lanes, one per customer (or per property definition). A lane delivers its
 * events one after another: the next event goes out only when the one before succeeded or used up
 * its attempts, so a receiver gets one customer's events in the order they happened, retries
 * included. Different lanes go out in parallel, at most {@link WebhookSettings#maxInFlight()} at
 * once, so one customer's failing event delays only that customer. A failed attempt frees its slot
 * while it waits for its retry.
 *
 * <p>Bounded: at most {@link WebhookSettings#queueCapacity()} events wait (those being retried
 * included). An event that finds the queue full is dropped, not queued, and the drop is recorded as
 * a delivery with attempt 0 and error {@code queue_full}: writers are never blocked and memory
 * stays bounded, at the price of that event (a receiver can tell from the gap and from the
 * deliveries list, and re-read the customer).
 *
 * <p>The events waiting here are the webhook's part of the outbox: {@link #pending()} is what a
 * snapshot saves, {@link #restore} and {@link #forget} rebuild it at start, and the {@link
 * Listener} hears when a queued event leaves (delivered or given up), outside this queue's lock.
 *
 * <p>Thread-safe. Offers come from writing threads (cheap: no I/O); attempts start on the
 * dispatcher's worker threads.
 */
final class WebhookChannel {
  static final String QUEUE_FULL = "queue_full";

  /** Hears that a queued event left the queue; called without the queue's lock. */
  interface Listener {
    /**
     * @param delivered whether a target answered 2xx; false when the event was given up after its
     *     last attempt
     */
    void finished(WebhookChannel channel, WebhookEvent event, boolean delivered);
  }

  private static final class Lane {
    final String key;
    final ArrayDeque<WebhookEvent> events = new ArrayDeque<>();
    int nextAttempt = 1;

    Lane(String key) {
      this.key = key;
    }
  }

  private final WebhookDispatcher dispatcher;
  private final WebhookSettings settings;
  private final LongSupplier wallClock;
  private final Listener listener;
  private final DeliveryHistory history;
  private volatile Webhook webhook;
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private final ArrayDeque<Lane> ready = new ArrayDeque<>();
  private final Set<WebhookDispatcher.Delivery> inFlight = new HashSet<>();
  private int busy;
  private int queued;
  private boolean started;
  private boolean closed;

  WebhookChannel(
      Webhook webhook,
      WebhookDispatcher dispatcher,
      WebhookSettings settings,
      LongSupplier wallClock,
      Listener listener) {
    this.webhook = webhook;
    this.dispatcher = dispatcher;
    this.settings = settings;
    this.wallClock = wallClock;
    this.listener = listener;
    this.history = new DeliveryHistory(settings.historyLimit());
  }

  Webhook webhook() {
    return webhook;
  }

  /** Later attempts go to the new target, signed with the new secret. */
  void update(Webhook webhook) {
    this.webhook = webhook;
  }

  DeliveryHistory history() {
    return history;
  }

  /** Whether an event offered now would be queued (not dropped for a full queue). */
  synchronized boolean hasRoom() {
    return !closed && queued < settings.queueCapacity();
  }

  /** How many events wait, retries and attempts in progress included. */
  synchronized int queued() {
    return queued;
  }

  /**
   * Queues an event, or records its drop when the queue is full; never blocks.
   *
   * @return false when the event was dropped
   */
  synchronized boolean offer(WebhookEvent event) {
    if (closed) {
      return true; // deleted meanwhile: nothing to deliver, nothing to record
    }
    if (queued < settings.queueCapacity()) {
      enqueue(event);
      pump();
      return true;
    }
    history.record(
        new DeliveryAttempt(
            WebhookKeys.delivery(),
            webhook.key(),
            event.type(),
            event.key(),
            0,
            webhook.target(),
            null,
            QUEUE_FULL,
            0,
            false,
            null,
            wallClock.getAsLong()));
    return false;
  }

  /** Queues an event read back at start, whatever the capacity; nothing is sent before start. */
  synchronized void restore(WebhookEvent event) {
    enqueue(event);
  }

  /** Removes an event read back at start that was finished after all; before start only. */
  synchronized void forget(String lane, String eventKey) {
    Lane found = lanes.get(lane);
    if (found != null && found.events.removeIf(event -> event.key().equals(eventKey))) {
      queued--;
      if (found.events.isEmpty()) {
        lanes.remove(lane);
      }
    }
  }

  /** Starts delivering (what {@link #restore} queued); idempotent. */
  synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    ready.clear();
    ready.addAll(lanes.values());
    pump();
  }

  /** The events waiting, each lane's in order (the one being attempted first). */
  synchronized List<WebhookEvent> pending() {
    List<WebhookEvent> pending = new ArrayList<>(queued);
    lanes.values().forEach(lane -> pending.addAll(lane.events));
    return pending;
  }

  /** Drops everything queued and aborts the attempts in progress; nothing is recorded after. */
  void close() {
    List<WebhookDispatcher.Delivery> aborted;
    synchronized (this) {
      closed = true;
      lanes.clear();
      ready.clear();
      queued = 0;
      aborted = List.copyOf(inFlight);
      inFlight.clear();
    }
    // outside the lock: a cancelled outcome completes at once, on this thread
    aborted.forEach(WebhookDispatcher.Delivery::cancel);
  }

  private void enqueue(WebhookEvent event) {
    queued++;
    Lane lane = lanes.computeIfAbsent(event.lane(), Lane::new);
    lane.events.addLast(event);
    if (lane.events.size() == 1 && started) {
      ready.addLast(lane);
    }
  }

  private void pump() {
    while (started && !closed && busy < settings.maxInFlight() && !ready.isEmpty()) {
      Lane lane = ready.pollFirst();
      WebhookEvent event = lane.events.peekFirst();
      int attempt = lane.nextAttempt;
      busy++;
      dispatcher.execute(() -> send(lane, event, attempt));
    }
  }

  private void send(Lane lane, WebhookEvent event, int attempt) {
    Webhook current = webhook;
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    WebhookDispatcher.Delivery delivery =
        dispatcher.post(current.target(), current.secret(), event);
    synchronized (this) {
      if (closed) {
        delivery.cancel();
        return;
      }
      inFlight.add(delivery);
    }
    delivery
        .outcome()
        .thenAccept(outcome -> finished(lane, event, attempt, current.target(), delivery, outcome));
  }

  private void finished(
      Lane lane,
      WebhookEvent event,
      int attempt,
      String target,
      WebhookDispatcher.Delivery delivery,
      WebhookDispatcher.Outcome outcome) {
    boolean done;
    synchronized (this) {
      inFlight.remove(delivery);
      if (closed) {
        return;
      }
      busy--;
      done = outcome.succeeded() || attempt >= settings.maxAttempts();
      long now = wallClock.getAsLong();
      long delay = done ? 0 : settings.delayMillisAfter(attempt);
      history.record(
          new DeliveryAttempt(
              WebhookKeys.delivery(),
              webhook.key(),
              event.type(),
              event.key(),
              attempt,
              target,
              outcome.statusCode(),
              outcome.error(),
              outcome.durationMs(),
              outcome.succeeded(),
              done ? null : now + delay,
              now));
      if (done) {
        lane.events.pollFirst();
        lane.nextAttempt = 1;
        queued--;
        if (lane.events.isEmpty()) {
          lanes.remove(lane.key);
        } else {
          ready.addLast(lane);
        }
      } else {
        lane.nextAttempt = attempt + 1;
        dispatcher.schedule(() -> retryDue(lane), delay);
      }
      pump();
    }
    if (done) {
      listener.finished(this, event, outcome.succeeded());
    }
  }

  private synchronized void retryDue(Lane lane) {
    if (!closed) {
      ready.addLast(lane);
      pump();
    }
  }
}
