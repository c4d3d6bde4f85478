package dev.cprops.mock.values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Renders a raw JSON value for an error message: strings quoted, shortened to {@value
 * #MAX_SHOWN_CODE_POINTS} code points (then "…") and with control characters escaped, so a 10
 * 000-character value never floods a message.
 */
final class ValueFormat {
  static final int MAX_SHOWN_CODE_POINTS = 40;

  private ValueFormat() {}

  /** {@code 'text'}, shortened and escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      if (shown == MAX_SHOWN_CODE_POINTS) {
        out.append('…');
        break;
      }
      int cp = text.codePointAt(i);
      appendEscaped(out, cp);
      i += Character.charCount(cp);
      shown++;
    }
    return out.append('\'').toString();
  }

  /** A raw value as it appears in "X is not a …" messages: a quoted string, a number, … */
  static String value(Object raw) {
    if (raw instanceof String s) {
      return quote(s);
    }
    if (raw instanceof BigDecimal d) {
      return shorten(d.toString());
    }
    if (raw instanceof Number || raw instanceof Boolean) {
      return shorten(String.valueOf(raw));
    }
    return kind(raw);
  }

  /** The JSON kind of a raw value with the value itself, e.g. "the number 42", "an object". */
  static String kindAndValue(Object raw) {
    if (raw instanceof String) {
      return "the string " + value(raw);
    }
    if (raw instanceof Number) {
      return "the number " + value(raw);
    }
    if (raw instanceof Boolean) {
      return "the boolean " + raw;
    }
    return kind(raw);
  }

  private static String kind(Object raw) {
    if (raw instanceof List) {
      return "an array";
    }
    if (raw instanceof Map) {
      return "an object";
    }
    return "a " + raw.getClass().getSimpleName();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_SHOWN_CODE_POINTS
        ? text
        : text.substring(0, MAX_SHOWN_CODE_POINTS) + "…";
  }

  private static void appendEscaped(StringBuilder out, int cp) {
    switch (cp) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
          out.append(String.format("\\u%04x", cp));
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }
}
