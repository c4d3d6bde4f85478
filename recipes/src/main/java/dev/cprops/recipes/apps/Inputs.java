package dev.cprops.recipes.apps;

import dev.cprops.connector.spi.InputException;
import dev.cprops.recipes.json.Json;
import dev.cprops.recipes.pills.PillText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads typed values out of an action's input map, failing with {@link InputException}s. */
final class Inputs {
  private Inputs() {}

  static String requiredString(Map<String, Object> input, String name) {
    Object value = input.get(name);
    if (value == null || PillText.of(value).isBlank()) {
      throw new InputException(
          name, value == null ? null : PillText.of(value), "a non-empty value");
    }
    return PillText.of(value);
  }

  static String string(Map<String, Object> input, String name, String fallback) {
    Object value = input.get(name);
    return value == null ? fallback : PillText.of(value);
  }

  static boolean bool(Map<String, Object> input, String name, boolean fallback) {
    Object value = input.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    return switch (PillText.of(value).strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new InputException(name, PillText.of(value), "true or false");
    };
  }

  static int positiveInt(Map<String, Object> input, String name, int fallback) {
    Object value = input.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int number = new BigDecimal(PillText.of(value).strip()).intValueExact();
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    throw new InputException(name, PillText.of(value), "a positive whole number");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> input, String name) {
    Object value = input.get(name);
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new InputException(name, PillText.of(value), "an object, not " + Json.kind(value));
  }

  static List<?> list(Map<String, Object> input, String name) {
    Object value = input.get(name);
    if (value instanceof List<?> list) {
      return list;
    }
    throw new InputException(
        name, value == null ? null : PillText.of(value), "a list, not " + Json.kind(value));
  }

  static char delimiter(Map<String, Object> input) {
    String text = string(input, "delimiter", ",");
    if (text.equals("\\t") || text.equalsIgnoreCase("tab")) {
      return '\t';
    }
    if (text.length() != 1) {
      throw new InputException("delimiter", text, "one character, such as , or ; or tab");
    }
    return text.charAt(0);
  }
}
