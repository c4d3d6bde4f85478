package dev.cprops.mock.webhooks;

import dev.cprops.mock.persistence.DurablePart;
import dev.cprops.mock.persistence.RecordFields;
import dev.cprops.mock.persistence.WriteLog;
import java.util.List;
import java.util.Set;

/**
 * The webhooks as a part of the durable state: subscriptions (secrets included) and the outbox of
 * events waiting for delivery ({@link WebhookRecords}).
 */
final class WebhooksPart implements DurablePart {
  private final Webhooks webhooks;

  WebhooksPart(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  @Override
  public String name() {
    return "webhooks";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(
        WebhookRecords.WEBHOOK, WebhookRecords.DELETED, WebhookRecords.EVENT, WebhookRecords.DONE);
  }

  @Override
  public void load(RecordFields record) {
    switch (record.kind()) {
      case WebhookRecords.WEBHOOK -> webhooks.restore(WebhookRecords.webhook(record));
      case WebhookRecords.DELETED -> webhooks.restoreDeletion(record.string("key"));
      case WebhookRecords.EVENT -> webhooks.restore(WebhookRecords.event(record));
      case WebhookRecords.DONE ->
          webhooks.restoreDone(
              record.string("webhook"), record.string("lane"), record.string("event_key"));
      default -> throw new IllegalArgumentException("unknown record kind '" + record.kind() + "'");
    }
  }

  @Override
  public Snapshot snapshot() {
    List<Webhook> subscriptions = webhooks.webhooks();
    List<WebhookRecords.Queued> waiting = webhooks.waiting();
    return out -> {
      subscriptions.forEach(webhook -> out.accept(WebhookRecords.webhook(webhook)));
      waiting.forEach(
          queued -> out.accept(WebhookRecords.event(queued.event(), queued.webhooks())));
    };
  }

  @Override
  public long clock() {
    return webhooks.clockTime();
  }

  @Override
  public void advanceClock(long time) {
    webhooks.advanceClock(time);
  }

  @Override
  public void attach(WriteLog log) {
    webhooks.attach(log);
  }
}
