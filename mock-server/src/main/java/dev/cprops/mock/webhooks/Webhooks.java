package dev.cprops.mock.webhooks;

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
 * order of the writes. Nothing is rendered or sent on the writing thread. See {@link
 * WebhookChannel} for the order and bounds of delivery, {@link WebhookDispatcher} for the
 * transport, {@link WebhookSignatures} for the signature.
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
  private final Map<String, WebhookChannel> channels = new LinkedHashMap<>(); // guarded by this
  private volatile List<WebhookChannel> subscribers = List.of();
  private long lastTime; // guarded by this
  private boolean closed; // guarded by this

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

  // ---- subscriptions ----

  /** A page of the webhooks, in the request's order (ties by key). */
  public synchronized Page<Webhook> list(PageRequest request) {
    SortOrder order = request.order();
    Comparator<Webhook> byTime =
        order.byUpdatedAt()
            ? Comparator.comparingLong(Webhook::updatedAt)
            : Comparator.comparingLong(Webhook::createdAt);
    List<Webhook> sorted = new ArrayList<>();
    channels.values().forEach(channel -> sorted.add(channel.webhook()));
    sorted.sort(byTime.thenComparing(Webhook::key));
    return ListPages.page(sorted, Webhook::key, request);
  }

  /**
   * Creates a webhook from a request body {@code {"target", "events", "secret"?}}.
   *
   * @return the webhook with its secret (generated when the body has none)
   * @throws StoreException (400) when the body is invalid
   */
  public synchronized Webhook create(Map<String, Object> body) {
    Webhook draft = WebhookRules.forCreate(body);
    long now = nextTime();
    Webhook webhook = draft.withTimes(now, now);
    WebhookChannel channel = new WebhookChannel(webhook, dispatcher, settings, wallClock);
    if (closed) {
      channel.close();
    }
    channels.put(webhook.key(), channel);
    publishSubscribers();
    return webhook;
  }

  /**
   * @throws StoreException (404) when there is no such webhook
   */
  public synchronized Webhook get(String key) {
    return channel(key).webhook();
  }

  /**
   * Applies a PATCH: the fields sent change; {@code updated_at} only when something changed. Queued
   * events go to the new target with the new secret from their next attempt on.
   *
   * @throws StoreException (400) for an invalid body, (404) when there is no such webhook
   */
  public synchronized Webhook update(String key, Map<String, Object> body) {
    WebhookChannel channel = channel(key);
    Webhook current = channel.webhook();
    Webhook updated = WebhookRules.forUpdate(current, body);
    if (updated.sameContentAs(current)) {
      return current;
    }
    Webhook saved = updated.withTimes(current.createdAt(), nextTime());
    channel.update(saved);
    return saved;
  }

  /**
   * Deletes a webhook: its queued events and retries are dropped, attempts in progress aborted.
   *
   * @return the deleted webhook
   * @throws StoreException (404) when there is no such webhook
   */
  public synchronized Webhook delete(String key) {
    WebhookChannel channel = channel(key);
    channel.close();
    channels.remove(key);
    publishSubscribers();
    return channel.webhook();
  }

  /**
   * A page of a webhook's delivery attempts, of one event when {@code eventKey} is not null.
   * Ordered by {@code created_at} (the end of each attempt).
   *
   * @throws StoreException (404) when there is no such webhook, (400) for an unknown cursor
   */
  public Page<DeliveryAttempt> deliveries(String key, String eventKey, PageRequest request) {
    WebhookChannel channel;
    synchronized (this) {
      channel = channel(key);
    }
    return channel.history().page(request, eventKey);
  }

  /** How many webhooks there are. */
  public synchronized int count() {
    return channels.size();
  }

  /** Deletes every webhook, with its queue and its history. */
  public synchronized void clear() {
    channels.values().forEach(WebhookChannel::close);
    channels.clear();
    publishSubscribers();
  }

  /** Stops delivering at once: queues are dropped, attempts in progress aborted. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    channels.values().forEach(WebhookChannel::close);
    dispatcher.close();
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

  // ---- events ----

  private void publish(
      WebhookEventType type, long createdAt, String lane, Supplier<WebhookEvent.Content> content) {
    WebhookEvent event = null;
    for (WebhookChannel channel : subscribers) {
      if (channel.webhook().subscribesTo(type)) {
        if (event == null) {
          event = new WebhookEvent(WebhookKeys.event(), type, createdAt, lane, content);
        }
        channel.offer(event);
      }
    }
  }

  /** Called by the store under its write lock: only queues, never renders or sends. */
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
