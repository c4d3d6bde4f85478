package dev.cprops.mock.webhooks;

import dev.cprops.mock.persistence.DurablePart;
import dev.cprops.mock.persistence.WriteLog;
import dev.cprops.mock.store.Customer;
import dev.cprops.mock.store.Page;
import dev.cprops.mock.store.PageRequest;
import dev.cprops.mock.store.PropertyDefinition;
import dev.cprops.mock.store.PropertySchema;
import dev.cprops.mock.store.SortOrder;
import dev.cprops.mock.store.StoreException;
import dev.cprops.mock.store.StoreListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook subscriptions and the delivery of change events to them.
 *
 * <p>Events: the store reports every write that changed something ({@link #storeListener()}); each
 * becomes one event ({@code customer.created}, {@code .updated}, {@code .deleted} when archived,
 * and the same for {@code customer_property}) queued for every webhook subscribed to it, in the
 * order of the writes. Nothing is sent on the writing thread. See {@link WebhookChannel} for the
 * order and bounds of delivery, {@link WebhookDispatcher} for the transport, {@link
 * WebhookSignatures} for the signature.
 *
 * <p>Durability ({@link #durablePart()}): with a data directory, subscriptions are recorded like
 * every other write, and so is each event with the webhooks it is queued for, in the same frame as
 * the change that caused it (an outbox): an event whose write was acknowledged is delivered at
 * least once, across {@code kill -9} and restarts. An event that leaves a queue is recorded too
 * (without waiting for the disk), so a restart re-queues only the events that were still waiting,
 * or whose delivery a crash overtook. The delivery history and the counts of {@link #stats()} are
 * not durable.
 *
 * <p>Thread-safe. {@link #close()} stops all delivery at once; {@link #clear()} (also on a store
 * reset or seed) deletes every webhook and its history.
 */
public final class Webhooks implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

  private final WebhookSettings settings;
  private final ResourceViews views;
  private final LongSupplier wallClock;
  private final WebhookDispatcher dispatcher;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, WebhookChannel> channels = new LinkedHashMap<>(); // guarded by lock
  private volatile List<WebhookChannel> subscribers = List.of();
  private final AtomicLong succeeded = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile WriteLog log = WriteLog.IN_MEMORY;
  private long lastTime; // guarded by lock
  private boolean closed; // guarded by lock

  public Webhooks(WebhookSettings settings, ResourceViews views) {
    this(settings, views, System::currentTimeMillis);
  }

  Webhooks(WebhookSettings settings, ResourceViews views, LongSupplier wallClock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.views = Objects.requireNonNull(views, "views");
    this.wallClock = wallClock;
    this.dispatcher = new WebhookDispatcher(settings, wallClock);
  }

  /** The listener to add to the store, which turns its writes into events. */
  public StoreListener storeListener() {
    return new Events();
  }

  /** The webhooks as a part of a data directory's state ({@code persistence.DurableState}). */
  public DurablePart durablePart() {
    return new WebhooksPart(this);
  }

  // ---- subscriptions ----

  /** A page of the webhooks, in the request's order (ties by key). */
  public Page<Webhook> list(PageRequest request) {
    SortOrder order = request.order();
    Comparator<Webhook> byTime =
        order.byUpdatedAt()
            ? Comparator.comparingLong(Webhook::updatedAt)
            : Comparator.comparingLong(Webhook::createdAt);
    List<Webhook> sorted = locked(this::webhooks);
    sorted.sort(byTime.thenComparing(Webhook::key));
    return ListPages.page(sorted, Webhook::key, request);
  }

  /**
   * Creates a webhook from a request body {@code {"target", "events", "secret"?}}.
   *
   * @return the webhook with its secret (generated when the body has none)
   * @throws StoreException (400) when the body is invalid
   */
  public Webhook create(Map<String, Object> body) {
    Webhook draft = WebhookRules.forCreate(body);
    return log.write(
        lock,
        () -> {
          long now = nextTime();
          Webhook webhook = draft.withTimes(now, now);
          log.append(() -> WebhookRecords.webhook(webhook));
          WebhookChannel channel = open(webhook);
          if (closed) {
            channel.close();
          } else {
            channel.start();
          }
          return webhook;
        });
  }

  /**
   * @throws StoreException (404) when there is no such webhook
   */
  public Webhook get(String key) {
    return locked(() -> channel(key).webhook());
  }

  /**
   * Applies a PATCH: the fields sent change; {@code updated_at} only when something changed. Queued
   * events go to the new target with the new secret from their next attempt on.
   *
   * @throws StoreException (400) for an invalid body, (404) when there is no such webhook
   */
  public Webhook update(String key, Map<String, Object> body) {
    return log.write(
        lock,
        () -> {
          WebhookChannel channel = channel(key);
          Webhook current = channel.webhook();
          Webhook updated = WebhookRules.forUpdate(current, body);
          if (updated.sameContentAs(current)) {
            return current;
          }
          Webhook saved = updated.withTimes(current.createdAt(), nextTime());
          log.append(() -> WebhookRecords.webhook(saved));
          channel.update(saved);
          return saved;
        });
  }

  /**
   * Deletes a webhook: its queued events and retries are dropped, attempts in progress aborted.
   *
   * @return the deleted webhook
   * @throws StoreException (404) when there is no such webhook
   */
  public Webhook delete(String key) {
    return log.write(
        lock,
        () -> {
          WebhookChannel channel = channel(key);
          log.append(() -> WebhookRecords.deleted(key));
          remove(key);
          return channel.webhook();
        });
  }

  /**
   * A page of a webhook's delivery attempts, of one event when {@code eventKey} is not null.
   * Ordered by {@code created_at} (the end of each attempt).
   *
   * @throws StoreException (404) when there is no such webhook, (400) for an unknown cursor
   */
  public Page<DeliveryAttempt> deliveries(String key, String eventKey, PageRequest request) {
    WebhookChannel channel = locked(() -> channel(key));
    return channel.history().page(request, eventKey);
  }

  /** How many webhooks there are. */
  public int count() {
    return locked(channels::size);
  }

  /** The counts of webhooks and deliveries, exactly as of now. */
  public WebhookStats stats() {
    return locked(
        () -> {
          long pending = 0;
          for (WebhookChannel channel : channels.values()) {
            pending += channel.queued();
          }
          return new WebhookStats(channels.size(), pending, succeeded.get(), failed.get());
        });
  }

  /** Deletes every webhook, with its queue and its history (durably: a new snapshot). */
  public void clear() {
    log.replace(
        () ->
            locked(
                () -> {
                  channels.values().forEach(WebhookChannel::close);
                  channels.clear();
                  publishSubscribers();
                  return null;
                }));
  }

  /**
   * Stops delivering at once: queues are dropped, attempts in progress aborted. Idempotent. With a
   * data directory the events still waiting stay recorded, and are delivered after a restart.
   */
  @Override
  public void close() {
    locked(
        () -> {
          closed = true;
          channels.values().forEach(WebhookChannel::close);
          dispatcher.close();
          return null;
        });
  }

  // ---- the durable part (called by WebhooksPart) ----

  /** Every webhook, in creation order. */
  List<Webhook> webhooks() {
    return locked(
        () -> {
          List<Webhook> webhooks = new ArrayList<>(channels.size());
          channels.values().forEach(channel -> webhooks.add(channel.webhook()));
          return webhooks;
        });
  }

  /** Every event waiting, with the webhooks it waits for, in the order the events were queued. */
  List<WebhookRecords.Queued> waiting() {
    Map<String, WebhookEvent> events = new LinkedHashMap<>();
    Map<String, List<String>> webhooksByEvent = new LinkedHashMap<>();
    locked(
        () -> {
          for (WebhookChannel channel : channels.values()) {
            for (WebhookEvent event : channel.pending()) {
              events.putIfAbsent(event.key(), event);
              webhooksByEvent
                  .computeIfAbsent(event.key(), k -> new ArrayList<>())
                  .add(channel.webhook().key());
            }
          }
          return null;
        });
    List<WebhookRecords.Queued> waiting = new ArrayList<>(events.size());
    events.forEach(
        (key, event) -> waiting.add(new WebhookRecords.Queued(event, webhooksByEvent.get(key))));
    // one webhook's lane holds events in the order of the writes, which is their time order
    waiting.sort(
        Comparator.comparingLong((WebhookRecords.Queued q) -> q.event().createdAt())
            .thenComparing(q -> q.event().key()));
    return waiting;
  }

  /** A webhook read back: created, or replacing the one with its key. */
  void restore(Webhook webhook) {
    locked(
        () -> {
          WebhookChannel channel = channels.get(webhook.key());
          if (channel == null) {
            open(webhook);
          } else {
            channel.update(webhook);
          }
          lastTime = Math.max(lastTime, webhook.updatedAt());
          return null;
        });
  }

  /** A deletion read back. */
  void restoreDeletion(String key) {
    locked(
        () -> {
          if (!channels.containsKey(key)) {
            throw new IllegalArgumentException("no webhook '" + key + "' to delete");
          }
          remove(key);
          return null;
        });
  }

  /** A queued event read back: waits again in the queues of those of its webhooks that exist. */
  void restore(WebhookRecords.Queued queued) {
    locked(
        () -> {
          for (String key : queued.webhooks()) {
            WebhookChannel channel = channels.get(key);
            if (channel != null) {
              channel.restore(queued.event());
            }
          }
          return null;
        });
  }

  /** A finished event read back: no longer waits for that webhook. */
  void restoreDone(String webhook, String lane, String eventKey) {
    locked(
        () -> {
          WebhookChannel channel = channels.get(webhook);
          if (channel != null) {
            channel.forget(lane, eventKey);
          }
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

  /** Loading is over: records every change in {@code log}, and delivers what was read back. */
  void attach(WriteLog log) {
    this.log = log;
    locked(
        () -> {
          if (!closed) {
            channels.values().forEach(WebhookChannel::start);
          }
          return null;
        });
  }

  // ---- internals ----

  private WebhookChannel open(Webhook webhook) {
    WebhookChannel channel =
        new WebhookChannel(webhook, dispatcher, settings, wallClock, this::finished);
    channels.put(webhook.key(), channel);
    publishSubscribers();
    return channel;
  }

  private void remove(String key) {
    WebhookChannel channel = channels.remove(key);
    channel.close();
    publishSubscribers();
  }

  private WebhookChannel channel(String key) {
    WebhookChannel channel = key == null ? null : channels.get(key);
    if (channel == null) {
      throw new StoreException(
          StoreException.Kind.NOT_FOUND, "No webhook with key '" + key + "'", List.of());
    }
    return channel;
  }

  private void publishSubscribers() {
    subscribers = List.copyOf(channels.values());
  }

  private long nextTime() {
    lastTime = Math.max(wallClock.getAsLong(), lastTime + 1);
    return lastTime;
  }

  private <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** An event left a webhook's queue: counted, and recorded so a restart does not send it again. */
  private void finished(WebhookChannel channel, WebhookEvent event, boolean delivered) {
    (delivered ? succeeded : failed).incrementAndGet();
    String webhook = channel.webhook().key();
    try {
      log.writeWithoutWaiting(
          lock,
          () -> {
            log.append(() -> WebhookRecords.done(webhook, event));
            return null;
          });
    } catch (IllegalStateException e) {
      // the data dir is closed or failed: at worst the event is delivered again after a restart
      LOG.debug("Delivery of {} to {} not recorded: {}", event.key(), webhook, e.getMessage());
    }
  }

  // ---- events ----

  private void publish(
      WebhookEventType type, long createdAt, String lane, Supplier<WebhookEvent.Content> content) {
    WebhookEvent event = null;
    List<WebhookChannel> targets = new ArrayList<>();
    for (WebhookChannel channel : subscribers) {
      if (channel.webhook().subscribesTo(type)) {
        if (event == null) {
          event = new WebhookEvent(WebhookKeys.event(), type, createdAt, lane, content);
        }
        if (channel.hasRoom()) {
          targets.add(channel);
        } else if (!channel.offer(event)) { // records the drop in the deliveries
          failed.incrementAndGet();
        }
      }
    }
    if (targets.isEmpty()) {
      return;
    }
    WebhookEvent queued = event;
    List<String> keys = new ArrayList<>(targets.size());
    targets.forEach(channel -> keys.add(channel.webhook().key()));
    // joins the store's write: the event is recorded in the same frame as the change
    log.write(
        lock,
        () -> {
          log.append(() -> WebhookRecords.event(queued, keys));
          log.afterAppend(
              () -> {
                for (WebhookChannel channel : targets) {
                  if (!channel.offer(queued)) {
                    finished(channel, queued, false); // cannot happen: room was checked under
                    // the store's write lock, and only its writes queue events
                  }
                }
              });
          return null;
        });
  }

  /** Called by the store under its write lock: only queues, never sends. */
  private final class Events implements StoreListener {
    @Override
    public void customerWritten(Customer before, Customer after, PropertySchema schema) {
      WebhookEventType type =
          before == null
              ? WebhookEventType.CUSTOMER_CREATED
              : !before.archived() && after.archived()
                  ? WebhookEventType.CUSTOMER_DELETED
                  : WebhookEventType.CUSTOMER_UPDATED;
      safely(
          () ->
              publish(
                  type,
                  after.updatedAt(),
                  "customer:" + after.key(),
                  () -> {
                    Map<String, Object> data = views.customer(after, schema);
                    return new WebhookEvent.Content(
                        data,
                        before == null
                            ? null
                            : Changes.between(
                                views.customer(before, schema), data, Changes.CUSTOMER_IGNORED));
                  }));
    }

    @Override
    public void propertyWritten(PropertyDefinition before, PropertyDefinition after) {
      WebhookEventType type =
          before == null
              ? WebhookEventType.CUSTOMER_PROPERTY_CREATED
              : !before.archived() && after.archived()
                  ? WebhookEventType.CUSTOMER_PROPERTY_DELETED
                  : WebhookEventType.CUSTOMER_PROPERTY_UPDATED;
      safely(
          () ->
              publish(
                  type,
                  after.updatedAt(),
                  "property:" + after.key(),
                  () -> {
                    Map<String, Object> data = views.property(after);
                    return new WebhookEvent.Content(
                        data,
                        before == null
                            ? null
                            : Changes.between(
                                views.property(before), data, Changes.PROPERTY_IGNORED));
                  }));
    }

    @Override
    public void contentsReplaced() {
      safely(Webhooks.this::clear);
    }

    private void safely(Runnable action) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.error("Webhook events could not be queued", e);
      }
    }
  }
}
