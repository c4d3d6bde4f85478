package dev.cprops.connector.internal.json;

import dev.cprops.connector.spi.ConnectorException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON object that knows its path in the document, so that a value of the wrong shape is
 * reported as e.g. {@code "$.data.items[3].created_at: expected a number but was \"x\""}.
 */
public final class JsonObject {
  private final Map<String, Object> values;
  private final String path;

  private JsonObject(Map<String, Object> values, String path) {
    this.values = values;
    this.path = path;
  }

  /** The document root, which must be an object. */
  public static JsonObject root(Object document) {
    return cast(document, "$");
  }

  @SuppressWarnings("unchecked")
  static JsonObject cast(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      return new JsonObject((Map<String, Object>) map, path);
    }
    throw wrongShape(path, "an object", value);
  }

  public String path() {
    return path;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The raw value, or {@code null}. */
  public Object raw(String name) {
    return values.get(name);
  }

  public JsonObject object(String name) {
    return cast(values.get(name), path(name));
  }

  /** The members of an array of objects; an absent or null array is empty. */
  public List<JsonObject> objects(String name) {
    Object value = values.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw wrongShape(path(name), "an array", value);
    }
    java.util.ArrayList<JsonObject> result = new java.util.ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      result.add(cast(list.get(i), path(name) + "[" + i + "]"));
    }
    return result;
  }

  /** A string, or {@code null} when absent or null. */
  public String string(String name) {
    Object value = values.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongShape(path(name), "a string", value);
  }

  /** A required string. */
  public String requiredString(String name) {
    String value = string(name);
    if (value == null) {
      throw new ConnectorException("Unexpected response: " + path(name) + " is missing");
    }
    return value;
  }

  public boolean bool(String name, boolean fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrongShape(path(name), "a boolean", value);
  }

  public long longValue(String name, long fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        throw wrongShape(path(name), "a whole number", value);
      }
    }
    throw wrongShape(path(name), "a number", value);
  }

  /** An object's members as a copy; absent or null gives an empty map. */
  public Map<String, Object> map(String name) {
    Object value = values.get(name);
    if (value == null) {
      return new LinkedHashMap<>();
    }
    return new LinkedHashMap<>(cast(value, path(name)).values);
  }

  /** The members, unmodifiable. */
  public Map<String, Object> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }

  private String path(String name) {
    return path + "." + name;
  }

  private static ConnectorException wrongShape(String path, String expected, Object value) {
    String shown = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    return new ConnectorException(
        "Unexpected response: " + path + ": expected " + expected + " but was " + shown);
  }
}
