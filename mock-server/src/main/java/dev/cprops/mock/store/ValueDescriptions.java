package dev.cprops.mock.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Short descriptions of JSON values for error messages: {@code the number 42}, {@code an object}.
 */
final class ValueDescriptions {
  private static final int MAX_QUOTED = 40;

  private ValueDescriptions() {}

  static String describe(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String string) {
      return "the string " + quote(string);
    } else if (value instanceof BigDecimal number) {
      return "the number " + abbreviate(number.toPlainString());
    } else if (value instanceof Boolean bool) {
      return bool.toString();
    } else if (value instanceof Map<?, ?>) {
      return "an object";
    } else if (value instanceof List<?>) {
      return "an array";
    }
    return quote(String.valueOf(value));
  }

  static String quote(String value) {
    return "'" + abbreviate(value) + "'";
  }

  private static String abbreviate(String value) {
    return value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED - 3) + "...";
  }
}
