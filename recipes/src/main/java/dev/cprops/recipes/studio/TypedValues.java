package dev.cprops.recipes.studio;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows an action's output as a tree of typed values (text, number, boolean, date, list, object,
 * null), the way data pills will carry them; lists read lazily (a CSV file's rows) show their first
 * {@value #SHOWN} elements only.
 */
final class TypedValues {
  static final int SHOWN = 20;

  private TypedValues() {}

  /** A lazy list cut to its first elements, so it can be shown and kept. */
  static Object materialize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), materialize(v)));
      return copy;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> copy = new ArrayList<>();
      Iterator<?> iterator = items.iterator();
      try {
        while (iterator.hasNext() && copy.size() < SHOWN) {
          copy.add(materialize(iterator.next()));
        }
      } finally {
        if (iterator instanceof AutoCloseable closeable) {
          try {
            closeable.close();
          } catch (Exception e) {
            // the rows read so far are shown; a failing close has nothing to add
          }
        }
      }
      return copy;
    }
    return value;
  }

  /** The tree of {@code {key, type, value, children}} nodes for a materialized value. */
  static List<Map<String, Object>> nodes(Object value) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> nodes.add(node(String.valueOf(k), v)));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        nodes.add(node("[" + i + "]", list.get(i)));
      }
    }
    return nodes;
  }

  private static Map<String, Object> node(String key, Object value) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("key", key);
    node.put("type", type(value));
    List<Map<String, Object>> children = nodes(value);
    node.put("children", children);
    node.put("hasChildren", !children.isEmpty());
    if (!(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
      node.put("value", value == null ? "null" : FieldForms.text(value));
    } else {
      node.put(
          "value",
          value instanceof List<?> list
              ? list.size() + (list.size() == SHOWN ? "+" : "") + " elements"
              : "");
    }
    return node;
  }

  static String type(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String) {
      return "text";
    } else if (value instanceof BigDecimal || value instanceof Number) {
      return "number";
    } else if (value instanceof Boolean) {
      return "boolean";
    } else if (value instanceof java.time.LocalDate) {
      return "date";
    } else if (value instanceof Temporal) {
      return "date-time";
    } else if (value instanceof Map<?, ?>) {
      return "object";
    } else if (value instanceof List<?>) {
      return "list";
    }
    return value.getClass().getSimpleName();
  }
}
