package dev.cprops.mock.webhooks;

import dev.cprops.mock.json.JsonValueWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One change to deliver: its key ({@code evt_…}), type, time, the ordering lane it belongs to (one
 * customer or one property definition), and its body, rendered once on first use (not on the
 * writing thread, unless a data directory records it there) and then the same bytes on every
 * attempt to every webhook, before and after a restart. Thread-safe.
 */
final class WebhookEvent {
  /** The {@code data} of the event and, for changes to an existing item, its {@code changes}. */
  record Content(Map<String, Object> data, Map<String, Object> changes) {}

  private final String key;
  private final WebhookEventType type;
  private final long createdAt;
  private final String lane;
  private Supplier<Content> content;
  private byte[] body;

  WebhookEvent(
      String key, WebhookEventType type, long createdAt, String lane, Supplier<Content> content) {
    this.key = key;
    this.type = type;
    this.createdAt = createdAt;
    this.lane = lane;
    this.content = content;
  }

  String key() {
    return key;
  }

  WebhookEventType type() {
    return type;
  }

  long createdAt() {
    return createdAt;
  }

  /** Events of the same lane are delivered to a webhook one after another, in order. */
  String lane() {
    return lane;
  }

  /** An event read back from a data directory, with the body it had. */
  static WebhookEvent restored(
      String key, WebhookEventType type, long createdAt, String lane, byte[] body) {
    WebhookEvent event = new WebhookEvent(key, type, createdAt, lane, null);
    event.body = body.clone();
    return event;
  }

  /** The JSON body {@code {"event", "event_key", "created_at", "data", "changes"}}. */
  synchronized byte[] body() {
    if (body == null) {
      Content rendered = content.get();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("event", type.apiName());
      json.put("event_key", key);
      json.put("created_at", createdAt);
      json.put("data", rendered.data());
      if (rendered.changes() != null) {
        json.put("changes", rendered.changes());
      }
      body = JsonValueWriter.write(json);
      content = null;
    }
    return body;
  }
}
