package dev.cprops.recipes.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns resolved input into what the SPI promises actions: only {@code List}s, no lazy iterables.
 */
final class Values {
  private Values() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> materialize(Map<String, Object> input) {
    return (Map<String, Object>) materializeValue(input);
  }

  private static Object materializeValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), materializeValue(v)));
      return copy;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> list = new ArrayList<>();
      for (Object item : items) {
        list.add(materializeValue(item));
      }
      return list;
    }
    return value;
  }
}
