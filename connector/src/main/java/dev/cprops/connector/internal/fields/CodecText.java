package dev.cprops.connector.internal.fields;

import dev.cprops.connector.spi.Inputs;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Text helpers shared by the codecs (error values come from the SPI's {@link Inputs}). */
final class CodecText {
  private CodecText() {}

  /** A value quoted for a message: {@code 'text'} cut at 80 characters, or {@code null}. */
  static String shown(Object value) {
    return value == null ? "null" : "'" + Inputs.shown(value) + "'";
  }

  /** Whether a value is a structure (map, list, array) rather than a scalar. */
  static boolean structured(Object value) {
    return value instanceof Map<?, ?>
        || value instanceof Collection<?>
        || value.getClass().isArray();
  }

  /** Whether every character is whitespace (or the string is empty). */
  static boolean blank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** Trims whitespace including no-break spaces; returns the same instance when nothing to trim. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && space(s.charAt(start))) {
      start++;
    }
    while (end > start && space(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  static boolean space(char c) {
    return c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
  }

  /** A scalar as text: BigDecimal in plain notation, everything else by toString. */
  static String scalarText(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }
}
