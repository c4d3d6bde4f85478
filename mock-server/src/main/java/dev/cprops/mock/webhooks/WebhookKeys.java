package dev.cprops.mock.webhooks;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Generates the keys of webhooks ({@code wh_…}), events, delivery attempts, and secrets. */
final class WebhookKeys {
  private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final int KEY_LENGTH = 20;
  private static final SecureRandom SECRETS = new SecureRandom();

  private WebhookKeys() {}

  static String webhook() {
    return random("wh_");
  }

  static String event() {
    return random("evt_");
  }

  static String delivery() {
    return random("whd_");
  }

  /** A signing secret: {@code whsec_} and 48 hex digits from a secure random source. */
  static String secret() {
    byte[] bytes = new byte[24];
    SECRETS.nextBytes(bytes);
    return "whsec_" + HexFormat.of().formatHex(bytes);
  }

  private static String random(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder key = new StringBuilder(prefix.length() + KEY_LENGTH).append(prefix);
    for (int i = 0; i < KEY_LENGTH; i++) {
      key.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return key.toString();
  }
}
