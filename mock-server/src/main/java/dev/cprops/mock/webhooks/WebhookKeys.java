package dev.cprops.mock.webhooks;

import dev.cprops.mock.store.Keys;

/** Generates the keys of webhooks ({@code wh_…}), events, delivery attempts, and secrets. */
final class WebhookKeys {
  private WebhookKeys() {}

  static String webhook() {
    return Keys.random("wh_");
  }

  static String event() {
    return Keys.random("evt_");
  }

  static String delivery() {
    return Keys.random("whd_");
  }

  /** A signing secret: {@code whsec_} and 48 hex digits from a secure random source. */
  static String secret() {
    return Keys.secret("whsec_", 24);
  }
}
