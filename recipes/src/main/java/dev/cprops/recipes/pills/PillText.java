package dev.cprops.recipes.pills;

import dev.cprops.recipes.json.Json;
import java.math.BigDecimal;
import java.util.Map;

/** How a pill's value reads when it is interpolated into a larger string. */
public final class PillText {
  private PillText() {}

  /**
   * {@code null} as the empty string, numbers without exponent, objects and lists as compact JSON,
   * anything else as its {@code toString()}.
   */
  public static String of(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof String s) {
      return s;
    } else if (value instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (value instanceof Map || value instanceof Iterable) {
      return Json.compact(value);
    }
    return value.toString();
  }
}
