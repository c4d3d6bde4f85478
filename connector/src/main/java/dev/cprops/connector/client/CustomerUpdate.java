package dev.cprops.connector.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The changes of a {@code PATCH}: only what is given changes.
 *
 * @param email the new email, or {@code null} to keep it
 * @param name the new name, or {@code null} to keep it
 * @param meta property values to merge key by key; a key mapped to {@code null} clears that value,
 *     an absent key keeps it
 */
public record CustomerUpdate(String email, String name, Map<String, Object> meta) {
  public CustomerUpdate {
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta == null ? Map.of() : meta));
  }

  /** Changes property values only. */
  public static CustomerUpdate meta(Map<String, Object> meta) {
    return new CustomerUpdate(null, null, meta);
  }
}
