package dev.cprops.mock.webhooks;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code changes} of an event: every field whose rendered (canonical) value differs between the
 * resource before and after a write, as {@code {"from": old, "to": new}}, {@code null} standing for
 * absent. {@code meta} is compared key by key ({@code "meta.mrr"}); other objects and arrays (e.g.
 * a dropdown's {@code options}) as a whole.
 */
final class Changes {
  /** Fields that change with every write or only mirror others. */
  static final Set<String> CUSTOMER_IGNORED = Set.of("key", "created_at", "updated_at", "fields");

  static final Set<String> PROPERTY_IGNORED = Set.of("key", "created_at", "updated_at");

  private Changes() {}

  static Map<String, Object> between(
      Map<String, Object> before, Map<String, Object> after, Set<String> ignored) {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (String field : union(before, after)) {
      if (ignored.contains(field)) {
        continue;
      }
      Object from = before.get(field);
      Object to = after.get(field);
      if (field.equals("meta") && isMapOrNull(from) && isMapOrNull(to)) {
        Map<?, ?> fromMeta = from == null ? Map.of() : (Map<?, ?>) from;
        Map<?, ?> toMeta = to == null ? Map.of() : (Map<?, ?>) to;
        for (Object name : union(fromMeta, toMeta)) {
          put(changes, "meta." + name, fromMeta.get(name), toMeta.get(name));
        }
      } else {
        put(changes, field, from, to);
      }
    }
    return changes;
  }

  private static void put(Map<String, Object> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("from", from);
      change.put("to", to);
      changes.put(field, change);
    }
  }

  private static boolean isMapOrNull(Object value) {
    return value == null || value instanceof Map<?, ?>;
  }

  /** The keys of {@code after} in its order, then those only in {@code before}. */
  private static <K> Set<K> union(Map<? extends K, ?> before, Map<? extends K, ?> after) {
    Set<K> keys = new LinkedHashSet<>(after.keySet());
    keys.addAll(before.keySet());
    return keys;
  }
}
