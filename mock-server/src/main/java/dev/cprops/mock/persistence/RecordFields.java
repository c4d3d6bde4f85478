package dev.cprops.mock.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of one decoded record's fields; a missing or mistyped field is an {@link
 * IllegalArgumentException} naming it.
 */
final class RecordFields {
  private final Map<String, Object> fields;

  RecordFields(Map<String, Object> fields) {
    this.fields = fields;
  }

  String string(String name) {
    Object value = fields.get(name);
    if (value instanceof String text) {
      return text;
    }
    throw wrong(name, "a string");
  }

  String nullableString(String name) {
    return fields.get(name) == null ? null : string(name);
  }

  boolean bool(String name) {
    if (fields.get(name) instanceof Boolean bool) {
      return bool;
    }
    throw wrong(name, "true or false");
  }

  long number(String name) {
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
  Map<String, Object> object(String name) {
    if (fields.get(name) instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw wrong(name, "an object");
  }

  List<?> list(String name) {
    if (fields.get(name) instanceof List<?> list) {
      return list;
    }
    throw wrong(name, "a list");
  }

  private IllegalArgumentException wrong(String name, String expected) {
    return new IllegalArgumentException(
        "field '" + name + "' is " + (fields.containsKey(name) ? "not " + expected : "missing"));
  }
}
