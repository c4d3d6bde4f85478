package dev.cprops.mock.webhooks;

/**
 * What the webhooks hold and have done, exactly, as of one moment. A delivery here is one event for
 * one webhook, however many attempts it took.
 *
 * @param webhooks subscriptions
 * @param pending deliveries waiting: queued, being attempted or waiting for a retry
 * @param succeeded deliveries a target answered 2xx, since the server started
 * @param failed deliveries given up after their last attempt, or dropped because the webhook's
 *     queue was full, since the server started
 */
public record WebhookStats(int webhooks, long pending, long succeeded, long failed) {}
