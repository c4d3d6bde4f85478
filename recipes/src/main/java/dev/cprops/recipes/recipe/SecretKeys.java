package dev.cprops.recipes.recipe;

import java.util.Locale;
import java.util.Set;

/** Recognises keys that hold connections or secrets, which never belong in a recipe. */
final class SecretKeys {
  private static final Set<String> CONNECTION_KEYS = Set.of("connection", "connections");
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "secret",
          "password",
          "passwd",
          "apikey",
          "token",
          "privatekey",
          "credential",
          "authorization",
          "accesskey");

  private SecretKeys() {}

  static boolean isConnection(String key) {
    return CONNECTION_KEYS.contains(key.toLowerCase(Locale.ROOT));
  }

  static boolean looksSecret(String key) {
    String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return SECRET_WORDS.stream().anyMatch(normalized::contains);
  }
}
