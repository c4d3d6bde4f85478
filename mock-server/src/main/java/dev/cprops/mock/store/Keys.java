package dev.cprops.mock.store;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates the server's identifiers ({@code cus_…}, {@code cprop_…}, {@code part_…}) and API keys.
 */
final class Keys {
  private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final int KEY_LENGTH = 20;
  private static final SecureRandom SECRETS = new SecureRandom();

  private Keys() {}

  static String customer() {
    return random("cus_");
  }

  static String property() {
    return random("cprop_");
  }

  static String partnership() {
    return random("part_");
  }

  /** A partner API key: {@code ptk_} and 32 hex digits from a secure random source. */
  static String partnerApiKey() {
    byte[] bytes = new byte[16];
    SECRETS.nextBytes(bytes);
    return "ptk_" + HexFormat.of().formatHex(bytes);
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
