package dev.cprops.connector.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copies a parsed JSON value with the values of secret-looking members (names containing {@code
 * key}, {@code secret}, {@code token} or {@code password}, except the record keys {@code key},
 * {@code *_key} of ids) replaced by {@code "[redacted]"}.
 */
public final class JsonRedactor {
  public static final String REDACTED = "[redacted]";

  private JsonRedactor() {}

  public static Object redact(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (k, v) ->
              copy.put(String.valueOf(k), isSecret(String.valueOf(k)) ? REDACTED : redact(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(redact(item)));
      return copy;
    }
    return value;
  }

  public static boolean isSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("secret")
        || n.contains("password")
        || n.contains("token")
        || n.equals("api_key")
        || n.equals("apikey")
        || n.equals("public_key")
        || n.equals("secret_key");
  }
}
