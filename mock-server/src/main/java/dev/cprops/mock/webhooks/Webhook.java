package dev.cprops.mock.webhooks;

import java.util.List;

/**
 * A webhook subscription, immutable: every change stores a new instance. {@code secret} signs the
 * deliveries; the API shows it only in the create response, and {@link #toString()} never.
 */
public record Webhook(
    String key,
    String target,
    List<WebhookEventType> events,
    String secret,
    long createdAt,
    long updatedAt) {

  public Webhook {
    events = List.copyOf(events);
  }

  boolean subscribesTo(WebhookEventType type) {
    return events.contains(type);
  }

  boolean sameContentAs(Webhook other) {
    return target.equals(other.target)
        && events.equals(other.events)
        && secret.equals(other.secret);
  }

  Webhook withTimes(long createdAt, long updatedAt) {
    return new Webhook(key, target, events, secret, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    return "Webhook[key=" + key + ", target=" + target + ", events=" + events + ", secret=***]";
  }
}
