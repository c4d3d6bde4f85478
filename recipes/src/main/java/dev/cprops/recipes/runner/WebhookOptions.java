package dev.cprops.recipes.runner;

import dev.cprops.recipes.webhook.ListenAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

/**
 * How a recipe with a webhook trigger listens, and when its run ends.
 *
 * @param listen the address the receiver binds (port 0: a free one)
 * @param callbackUrl the URL the app delivers to, e.g. a tunnel's public URL that forwards to
 *     {@code listen}; {@code null}: the receiver's own URL
 * @param keepSubscription leave the subscription in place when the run ends, for the next run to
 *     re-use (otherwise it is removed)
 * @param maxEvents end the run once this many new events were handled (0: no limit)
 * @param duration end the run after this long (null: no limit)
 * @param ackTimeout how long a notification's answer waits for its steps: when they take longer, it
 *     is answered 503 (the app retries) while they go on, and the retry is answered from their
 *     outcome
 */
public record WebhookOptions(
    InetSocketAddress listen,
    URI callbackUrl,
    boolean keepSubscription,
    long maxEvents,
    Duration duration,
    Duration ackTimeout) {
  /** Shorter than a typical sender's timeout (the mock server's is 5 s). */
  public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(4);

  public WebhookOptions {
    if (listen == null) {
      throw new IllegalArgumentException("listen must be an address");
    }
    if (callbackUrl != null
        && (!callbackUrl.isAbsolute()
            || callbackUrl.getHost() == null
            || !(callbackUrl.getScheme().equalsIgnoreCase("http")
                || callbackUrl.getScheme().equalsIgnoreCase("https")))) {
      throw new IllegalArgumentException(
          "--callback-url: '" + callbackUrl + "' is not an absolute http(s) URL");
    }
    if (maxEvents < 0) {
      throw new IllegalArgumentException("--max-events: " + maxEvents + " is below 1");
    }
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("--duration must be positive, was " + duration);
    }
    if (ackTimeout == null || ackTimeout.isNegative() || ackTimeout.isZero()) {
      throw new IllegalArgumentException("--ack-timeout must be positive, was " + ackTimeout);
    }
  }

  /** Loopback on a free port, the receiver's own URL, no limits, the subscription removed. */
  public static WebhookOptions defaults() {
    return new WebhookOptions(
        ListenAddress.parse(ListenAddress.DEFAULT), null, false, 0, null, DEFAULT_ACK_TIMEOUT);
  }

  public WebhookOptions withMaxEvents(long maxEvents) {
    return new WebhookOptions(
        listen, callbackUrl, keepSubscription, maxEvents, duration, ackTimeout);
  }

  public WebhookOptions withListen(InetSocketAddress listen) {
    return new WebhookOptions(
        listen, callbackUrl, keepSubscription, maxEvents, duration, ackTimeout);
  }

  public WebhookOptions withKeepSubscription(boolean keepSubscription) {
    return new WebhookOptions(
        listen, callbackUrl, keepSubscription, maxEvents, duration, ackTimeout);
  }

  public WebhookOptions withAckTimeout(Duration ackTimeout) {
    return new WebhookOptions(
        listen, callbackUrl, keepSubscription, maxEvents, duration, ackTimeout);
  }
}
