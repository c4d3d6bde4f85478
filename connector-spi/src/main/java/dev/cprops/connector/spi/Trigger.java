package dev.cprops.connector.spi;

import java.util.Map;

/**
 * Starts a recipe when something happens: either polled ({@link PollingTrigger}) or pushed ({@link
 * WebhookTrigger}). Events are delivered at least once; the platform drops the ones whose {@link
 * #dedupKey(Map)} it has already seen.
 */
public sealed interface Trigger extends Operation permits PollingTrigger, WebhookTrigger {

  /**
   * A key identifying one version of an event, e.g. {@code id + "@" + updated_at}: equal keys are
   * duplicates. Required: never {@code null}.
   *
   * @param event an event this trigger produced
   */
  String dedupKey(Map<String, Object> event);
}
