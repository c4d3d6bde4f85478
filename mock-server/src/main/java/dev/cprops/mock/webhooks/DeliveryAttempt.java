package dev.cprops.mock.webhooks;

/**
 * One attempt to deliver an event to a webhook, recorded when it ended.
 *
 * @param attempt 1 for the first try; 0 for an event dropped before any try because the webhook's
 *     queue was full
 * @param target the URL posted to (the webhook's target at the time)
 * @param statusCode the target's HTTP status, or null when there was no answer
 * @param error why the attempt failed without an answer ({@code "timeout after 500 ms"}, {@code
 *     "connection refused"}, {@code "queue_full"}), or null
 * @param durationMs from sending to the end of the answer (or the failure)
 * @param nextAttemptAt when the next try is due (epoch ms); null after a success or the last try
 * @param createdAt when the attempt ended (epoch ms)
 */
public record DeliveryAttempt(
    String key,
    String webhookKey,
    WebhookEventType event,
    String eventKey,
    int attempt,
    String target,
    Integer statusCode,
    String error,
    long durationMs,
    boolean succeeded,
    Long nextAttemptAt,
    long createdAt) {}
