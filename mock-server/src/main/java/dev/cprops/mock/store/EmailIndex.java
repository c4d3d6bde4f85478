package dev.cprops.mock.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Customer keys by email, compared case-insensitively (as the {@code email} list filter compares):
 * the filter becomes a lookup instead of a scan of every customer. Several customers may share an
 * email. Not thread-safe: the store maintains it under its write lock and reads it under its read
 * lock.
 */
final class EmailIndex {
  private final Map<String, Set<String>> keysByEmail = new HashMap<>();

  /** The form an email is indexed and looked up in; the filter trims the email it is given. */
  static String normalize(String email) {
    return email.toLowerCase(Locale.ROOT);
  }

  void add(Customer customer) {
    keysByEmail
        .computeIfAbsent(normalize(customer.email()), e -> new HashSet<>())
        .add(customer.key());
  }

  void remove(Customer customer) {
    String email = normalize(customer.email());
    Set<String> keys = keysByEmail.get(email);
    if (keys != null && keys.remove(customer.key()) && keys.isEmpty()) {
      keysByEmail.remove(email);
    }
  }

  /** The keys of the customers with this email (already normalized), archived ones included. */
  Set<String> keys(String normalizedEmail) {
    return keysByEmail.getOrDefault(normalizedEmail, Set.of());
  }

  void clear() {
    keysByEmail.clear();
  }
}
