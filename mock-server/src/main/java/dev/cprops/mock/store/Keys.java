package dev.cprops.mock.store;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates the server's identifiers ({@code cus_…}, {@code cprop_…}, {@code part_…}) and API keys;
 * {@link #random} and {@link #secret} make those of the other parts (webhooks, events) alike.
 */
public final class Keys {
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
    return secret("ptk_", 16);
  }

  /** An identifier: the prefix and 20 random lowercase letters and digits (not secret). */
  public static String random(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder key = new StringBuilder(prefix.length() + KEY_LENGTH).append(prefix);
    for (int i = 0; i < KEY_LENGTH; i++) {
      key.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return key.toString();
  }

  /** A secret: the prefix and {@code bytes} bytes from a secure random source, in hex. */
  public static String secret(String prefix, int bytes) {
    byte[] random = new byte[bytes];
    SECRETS.nextBytes(random);
    return prefix + HexFormat.of().formatHex(random);
  }
}
