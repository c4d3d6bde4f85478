package dev.cprops.mock.webhooks;

import dev.cprops.mock.persistence.RecordFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhooks' records in a data directory, each with a {@code kind}:
 *
 * <ul>
 *   <li>{@code webhook}: a subscription as it is after a create or update, its secret included;
 *   <li>{@code webhook_deleted}: a subscription deleted (its waiting events with it);
 *   <li>{@code webhook_event}: an event queued for the listed webhooks, with its body exactly as it
 *       is sent (written in the same frame as the change that caused it);
 *   <li>{@code webhook_event_done}: an event that left one webhook's queue (delivered, or given up
 *       after its last attempt).
 * </ul>
 */
final class WebhookRecords {
  static final String WEBHOOK = "webhook";
  static final String DELETED = "webhook_deleted";
  static final String EVENT = "webhook_event";
  static final String DONE = "webhook_event_done";

  private WebhookRecords() {}

  static Map<String, Object> webhook(Webhook webhook) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", WEBHOOK);
    record.put("key", webhook.key());
    record.put("target", webhook.target());
    List<String> events = new ArrayList<>(webhook.events().size());
    webhook.events().forEach(type -> events.add(type.apiName()));
    record.put("events", events);
    record.put("secret", webhook.secret());
    record.put("created_at", webhook.createdAt());
    record.put("updated_at", webhook.updatedAt());
    return record;
  }

  static Webhook webhook(RecordFields f) {
    List<WebhookEventType> events = new ArrayList<>();
    for (String name : f.strings("events")) {
      events.add(type(name));
    }
    return new Webhook(
        f.string("key"),
        f.string("target"),
        events,
        f.string("secret"),
        f.number("created_at"),
        f.number("updated_at"));
  }

  static Map<String, Object> deleted(String key) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", DELETED);
    record.put("key", key);
    return record;
  }

  /** An event and the keys of the webhooks it waits for. */
  record Queued(WebhookEvent event, List<String> webhooks) {}

  static Map<String, Object> event(WebhookEvent event, List<String> webhooks) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", EVENT);
    record.put("event_key", event.key());
    record.put("event", event.type().apiName());
    record.put("created_at", event.createdAt());
    record.put("lane", event.lane());
    record.put("webhooks", webhooks);
    record.put("body", new String(event.body(), StandardCharsets.UTF_8));
    return record;
  }

  static Queued event(RecordFields f) {
    WebhookEvent event =
        WebhookEvent.restored(
            f.string("event_key"),
            type(f.string("event")),
            f.number("created_at"),
            f.string("lane"),
            f.string("body").getBytes(StandardCharsets.UTF_8));
    return new Queued(event, f.strings("webhooks"));
  }

  static Map<String, Object> done(String webhook, WebhookEvent event) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("kind", DONE);
    record.put("webhook", webhook);
    record.put("event_key", event.key());
    record.put("lane", event.lane());
    return record;
  }

  private static WebhookEventType type(String name) {
    return WebhookEventType.fromApiName(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown webhook event '" + name + "'"));
  }
}
