package dev.cprops.mock.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of one decoded record's fields; a missing or mistyped field is an {@link
 * IllegalArgumentException} naming it (never its value: a record may hold a secret).
 */
public final class RecordFields {
  private final Map<String, Object> fields;

  public RecordFields(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** The record's kind. */
  public String kind() {
    return string("kind");
  }

  public String string(String name) {
    Object value = fields.get(name);
    if (value instanceof String text) {
      return text;
    }
    throw wrong(name, "a string");
  }

  public String nullableString(String name) {
    return fields.get(name) == null ? null : string(name);
  }

  public boolean bool(String name) {
    if (fields.get(name) instanceof Boolean bool) {
      return bool;
    }
    throw wrong(name, "true or false");
  }

  public long number(String name) {
    if (fields.get(name) instanceof BigDecimal number) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        throw wrong(name, "a whole number");
      }
    }
    throw wrong(name, "a number");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> object(String name) {
    if (fields.get(name) instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw wrong(name, "an object");
  }

  public List<?> list(String name) {
    if (fields.get(name) instanceof List<?> list) {
      return list;
    }
    throw wrong(name, "a list");
  }

  /** A list whose items are all strings. */
  public List<String> strings(String name) {
    List<String> strings = new ArrayList<>();
    for (Object item : list(name)) {
      if (!(item instanceof String text)) {
        throw wrong(name, "a list of strings");
      }
      strings.add(text);
    }
    return strings;
  }

  /** An object whose values are all strings, in the record's order. */
  public Map<String, String> stringMap(String name) {
    Map<String, String> strings = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : object(name).entrySet()) {
      if (!(entry.getValue() instanceof String text)) {
        throw wrong(name, "an object of strings");
      }
      strings.put(entry.getKey(), text);
    }
    return strings;
  }

  /** Each item of a list of objects, as fields. */
  @SuppressWarnings("unchecked")
  public List<RecordFields> objects(String name) {
    List<RecordFields> objects = new ArrayList<>();
    for (Object item : list(name)) {
      if (!(item instanceof Map<?, ?> map)) {
        throw wrong(name, "a list of objects");
      }
      objects.add(new RecordFields((Map<String, Object>) map));
    }
    return objects;
  }

  private IllegalArgumentException wrong(String name, String expected) {
    return new IllegalArgumentException(
        "field '" + name + "' is " + (fields.containsKey(name) ? "not " + expected : "missing"));
  }
}
